import pytest

from transforms.credits import (copyright_agency, dateline_agency, find_agency, is_photo_credit, parse_credit,
                                split_byline, split_credit, syndication_source)


@pytest.mark.parametrize(("credit", "photographer", "agency"), [
    ("Felipe Dana/Associated Press", "Felipe Dana", "Associated Press"),
    ("AP Photo/Felipe Dana", "Felipe Dana", "Associated Press"),
    ("Photo: Jane Doe / AFP", "Jane Doe", "Agence France-Presse"),
    ("Foto: dpa", None, "dpa"),
    ("Foto: Jonas Weidemann/dpa", "Jonas Weidemann", "dpa"),
    ("REUTERS/Amr Abdallah Dalsh", "Amr Abdallah Dalsh", "Reuters"),
    ("© Getty Images", None, "Getty Images"),
    ("Courtesy of the family", None, "Courtesy of the family"),
    # an organisation handing out its picture is no photographer; a surname that is a word stays one
    ("Northumbria Police/SWNS", None, "Northumbria Police / SWNS"),
    ("National Archives", None, "National Archives"),
    ("Margaret Court", "Margaret Court", None),
    # the New York Times's screen-reader label, glued to the name or printed twice
    ("CreditCreditChang W. Lee/The New York Times", "Chang W. Lee", "The New York Times"),
    ("Credit...Doug Mills/The New York Times", "Doug Mills", "The New York Times"),
    ("Crédit photo : Jane Roe / Bondy Blog", "Jane Roe", "Bondy Blog"),
    ("Etienne Laurent/EPA vía Shutterstock", "Etienne Laurent", "EPA"),
    # an agency in brackets after the photographer; a bracket around something else stays whole
    ("Foto: Graeme Sloan (Getty)", "Graeme Sloan", "Getty Images"),
    ("Jane Roe (Family handout)", None, "Jane Roe (Family handout)"),
    # a video's date and length printed where a credit goes credit no one
    ("26.10.2025 | 2:43 min", None, None),
    # a company's legal form stays with its name; an agency after a full stop, the year of a
    # notice and an archive picture's "files" are no part of a name
    ("Tyvak Nano-Satellite Systems, Inc.", None, "Tyvak Nano-Satellite Systems, Inc"),
    ("Prakash Mathema. AFP", "Prakash Mathema", "Agence France-Presse"),
    ("© Inexhibit, 2018", None, "Inexhibit"),
    ("Mike Blake/Reuters files", "Mike Blake", "Reuters"),
    # Korean: the place first, the reporter, an e-mail address and the day
    ("잠실=최문영 기자 deer@sportschosun.com /2020.08.20/", "최문영", None),
    ("Michael Regan/afp.com", "Michael Regan", "Agence France-Presse"),
])
def test_parse_credit(credit, photographer, agency):
    assert parse_credit(credit) == (photographer, agency)


@pytest.mark.parametrize(("text", "caption", "credit"), [
    ("Smoke over Mosul on July 3. (Felipe Dana/Associated Press)", "Smoke over Mosul on July 3.",
     "Felipe Dana/Associated Press"),
    ("Der Plenarsaal in Berlin. Foto: dpa", "Der Plenarsaal in Berlin.", "Foto: dpa"),
    ("The minister said it was over (Reuters)", "The minister said it was over (Reuters)", None),
    ("Prices rose (see chart)", "Prices rose (see chart)", None),
])
def test_split_credit(text, caption, credit):
    assert split_credit(text) == (caption, credit)


@pytest.mark.parametrize(("text", "caption", "credit"), [
    ("Trump stayed for about an hour. AP", "Trump stayed for about an hour.", "AP"),
    ("He stayed. AP Photo/Eric Gay, File", "He stayed.", "AP Photo/Eric Gay, File"),
    ("Epstein's islands. (Bespoke Real Estate)", "Epstein's islands.", "Bespoke Real Estate"),
    ("Vargas Llosa, 2010. | Jörg Carstensen/dpa", "Vargas Llosa, 2010.", "Jörg Carstensen/dpa"),
    ("Kallas und Jaishankar | Bildquelle: EU-Kommission", "Kallas und Jaishankar", "Bildquelle: EU-Kommission"),
    ("Shah Alam, 2024. — Picture by Yusof Mat Isa", "Shah Alam, 2024.", "Picture by Yusof Mat Isa"),
    ("The lodge was restored. Supplied", "The lodge was restored.", "Supplied"),
    ("유세에서 연설하고 있다. 연합뉴스", "유세에서 연설하고 있다.", "연합뉴스"),
    ("尹大統領の発言をテレビで見る国民（ソウルで、３日）＝ＡＰ", "尹大統領の発言をテレビで見る国民（ソウルで、３日）", "ＡＰ"),
    # "(C)" for "©", joined to the text without a space in Japanese
    ("日本代表の（左から）西田、石川（Ｃ）共同通信社", "日本代表の（左から）西田、石川", "© 共同通信社"),
    ("Players at the net (C) Kyodo", "Players at the net", "© Kyodo"),
    ("Options (a), (b) and (c) were studied", "Options (a), (b) and (c) were studied", None),
    ("Flood barriers on the quay / Jane Roe/Reuters", "Flood barriers on the quay", "Jane Roe/Reuters"),
    # Lithuanian writes the credit word after the credit: "LRT nuotr." (LRT photo)
    ("Kryžius, asociatyvi nuotr. / J. Stacevičiaus / LRT nuotr.", "Kryžius, asociatyvi nuotr.",
     "J. Stacevičiaus / LRT nuotr."),
    # not credits: a caption's own brackets and sentences
    ("The president (left) and his wife (right)", "The president (left) and his wife (right)", None),
    ("Plants for your home (stock image)", "Plants for your home (stock image)", None),
    ("Floods hit the city. Rescuers worked all night", "Floods hit the city. Rescuers worked all night", None),
    ("Smoke rises. Picture shows the aftermath of the strike", "Smoke rises. Picture shows the aftermath of the strike",
     None),
    ("Los líderes en la cumbre. Foto de familia", "Los líderes en la cumbre. Foto de familia", None),
    ("Scarlett Johansson as Black Widow (Natasha Romanoff)", "Scarlett Johansson as Black Widow (Natasha Romanoff)",
     None),
    ("Residents clean up after the floods. (Valencia, Spain)", "Residents clean up after the floods. (Valencia, Spain)",
     None),
    ("The defender is beaten. (Edu Luque)", "The defender is beaten.", "Edu Luque"),
    ("The islands were listed for sale. (Christie's)", "The islands were listed for sale.", "Christie's"),
    ("Simone Biles on the beam (USA)", "Simone Biles on the beam (USA)", None),
    ("Vilnius / Kaunas railway line", "Vilnius / Kaunas railway line", None),
    # the markup glued the credit to the last full stop; NBC's "file" after an archive picture's agency
    ("The house where he was born in Braunau, Austria.Leonhard Foeger / Reuters file",
     "The house where he was born in Braunau, Austria.", "Leonhard Foeger / Reuters file"),
    ("He went to the U.S.Army base.", "He went to the U.S.Army base.", None),
    ("Governador do RJ pediu cuidados Imagem: Divulgação/Flamengo", "Governador do RJ pediu cuidados",
     "Imagem: Divulgação/Flamengo"),
])
def test_split_credit_in_a_known_caption(text, caption, credit):
    assert split_credit(text, caption=True) == (caption, credit)


def test_split_credit_in_body_text_stays_strict():
    assert split_credit("It was over. (Reuters)") == ("It was over. (Reuters)", None)
    assert split_credit("Trump stayed for about an hour. AP")[1] is None


@pytest.mark.parametrize(("credit", "photographer", "agency"), [
    ("Courtesy of The White House", None, "Courtesy of The White House"),  # person or body: the source
    ("Photo by -", None, None),                                            # no name was entered
    ("Photo by - / AFP via Getty Images", None, "Agence France-Presse"),
    ("Jose\u0301 Roe/AFP", "Jos\u00e9 Roe", "Agence France-Presse"),        # normalised like any text
    ("고영권 기자", "고영권", None),
    ("\n\nImage:\nGetty Images / iStockphoto", None, "Getty Images"),
    ("ＡＰ", None, "Associated Press"),
    ("(c) Reuters", None, "Reuters"),
    ("Photo: Jane Roe for The New York Times", "Jane Roe", "The New York Times"),
    ("J. Stacevičiaus / LRT nuotr.", "J. Stacevičiaus", "LRT"),
    ("Courtesy of Tanner Fischer", "Tanner Fischer", None),                # a person's courtesy: the person
    ("© Anett Seidler | Anett Seidler", "Anett Seidler", None),            # one name twice is no agency
    # a copyright notice's year and reserved rights are no names; printed twice, it is one
    ("© 2024 Reuters", None, "Reuters"),
    ("Shakh Aivazov/2024 The AP. All rights reserved Copyright Shakh Aivazov / 2024 The AP. All rights reserved",
     "Shakh Aivazov", "Associated Press"),
    ("Tous droits réservés Captures d'écran Tous droits réservés Captures d'écran", None, "Captures d'écran"),
    ("Copyright: Jane Roe", "Jane Roe", None),
    ("2024 Olympics Team", None, "2024 Olympics Team"),                   # no notice: the year stays
])
def test_parse_credit_forms(credit, photographer, agency):
    assert parse_credit(credit) == (photographer, agency)


@pytest.mark.parametrize(("lead", "agency"), [
    ("NAIROBI, Kenya (AP) \u2014 Floods swept", "Associated Press"),
    ("Berlin (dpa) - Die Regierung", "dpa"),
    ("LAGOS, May 5 - Ferry operators", None),
    ("The minister (left) said", None),
])
def test_dateline_agency(lead, agency):
    assert dateline_agency(lead) == agency


def test_split_byline_separates_people_and_agencies():
    assert split_byline("By Jane Doe and John Roe, Reuters") == (["Jane Doe", "John Roe"], ["Reuters"])
    assert split_byline("Von Katrin Vogelsang") == (["Katrin Vogelsang"], [])
    assert split_byline("Glen Owen And Brendan Carlin For The Mail On Sunday") == (["Glen Owen", "Brendan Carlin"], [])


def test_a_korean_credits_place_goes_with_the_credit():
    caption = "롯데 선발투수 노경은이 두산타선을 상대하고 있다. 잠실=최문영 기자 deer@sportschosun.com /2020.08.20"
    assert split_credit(caption, caption=True) == ("롯데 선발투수 노경은이 두산타선을 상대하고 있다.",
                                                   "잠실=최문영 기자 deer@sportschosun.com /2020.08.20")
    assert split_credit("책자를 점검하고 있다. 인천=연합뉴스", caption=True) == ("책자를 점검하고 있다.", "인천=연합뉴스")


def test_review_regressions_of_the_credit_rules():
    assert not is_photo_credit("CREDITORS SUE BANK", alone=True)  # an all-caps crosshead, no "Credit" label
    assert parse_credit("Michael Files/AP") == ("Michael Files", "Associated Press")  # a surname, no suffix
    assert parse_credit("로이터=연합뉴스")[1] == "로이터=연합뉴스"  # an agency before "=" is no place
    assert split_credit("책자를 점검하고 있다. 로이터=연합뉴스", caption=True)[0] == "책자를 점검하고 있다. 로이터"
    assert parse_credit("© 2024 Getty Images, Inc.") == (None, "Getty Images")
    assert split_byline("EL SOL DE MÉXICO")[0] == []


def test_files_after_an_agency_is_an_archive_credit_after_a_name_a_phrase():
    assert is_photo_credit("Mike Blake/Reuters files", alone=True)
    assert not is_photo_credit("Jeffrey Epstein files", alone=True)
    assert not is_photo_credit("Read more about the Epstein files", alone=True)


def test_agency_aliases():
    assert find_agency("The Associated Press").name == "Associated Press"
    assert find_agency("Getty Images").kind == "photo"
    assert find_agency("Felipe Dana") is None
    # in any case but a term's inner capital: "ePA" (a health record) is no EPA
    assert find_agency("epa").name == find_agency("EPA").name == "EPA" and find_agency("ePA") is None
    assert find_agency("iStock").name == find_agency("ISTOCK").name == "iStock"
    text = "Das Thema wird seit Jahren intensiv diskutiert: Die elektronische Patientenakte (ePA)"
    assert split_credit(text) == (text, None)


def test_credit_prefixes_in_other_languages():
    assert split_credit("Переговорщики объяснялись Фото: Дмитрий Азаров, Коммерсантъ")[1] == \
        "Фото: Дмитрий Азаров, Коммерсантъ"
    assert parse_credit("Фото: Дмитрий Азаров")[0] == "Дмитрий Азаров"


@pytest.mark.parametrize(("byline", "people"), [
    ("Trine Juncher Jørgensen og Tôrtia Reimer-Johansen", ["Trine Juncher Jørgensen", "Tôrtia Reimer-Johansen"]),
    ("Scott Gilbertson, Gear Team", ["Scott Gilbertson"]),
    ("MM-Redaktion", []),
    ("신현주", ["신현주"]),
    ("牛镛、岳弘彬", ["牛镛", "岳弘彬"]),
    # a paper whose title opens with an article, the police, a desk glued on by the CMS
    ("Galo Ramírez | El Sol de México", ["Galo Ramírez"]),
    ("Il Resto del Carlino", []),
    ("El Hadji Diouf", ["El Hadji Diouf"]),
    ("Polizei Steinfurt", []),
    ("Robert Brum and Isabel KeaneJournal New", ["Robert Brum", "Isabel Keane"]),
    ("Jeff VanderMeer", ["Jeff VanderMeer"]),
])
def test_split_byline_languages_and_desks(byline, people):
    assert split_byline(byline)[0] == people


@pytest.mark.parametrize(("byline", "people"), [
    ("Joshua Sokol May", ["Joshua Sokol"]),                  # the month of a date that followed
    ("By GILLIAN MOHNEY\nMarch 11, 2015 3:46 PM", ["Gillian Mohney"]),
    ("by Jeff Foust Monday, November 18, 2019", ["Jeff Foust"]),  # the weekday of a date
    ("Malcolm Owen Monday; November", ["Malcolm Owen"]),         # ... as trafilatura splits it
    ("Theresa May", ["Theresa May"]),                        # a surname, not a month
    ("作者：", []),                                            # a label, not a name
])
def test_split_byline_drops_dates_and_labels(byline, people):
    assert split_byline(byline)[0] == people


@pytest.mark.parametrize(("byline", "people"), [
    ("Auteur : Anna Kubišta", ["Anna Kubišta"]),                    # a label before the name
    ("No Author", []),                                              # a CMS placeholder
    ("Amy Gibbons Political Correspondent", ["Amy Gibbons"]),       # a job title after the name
    ("Senior Correspondent", []),                                   # a role line, no name
    ("Professor Jane Roe", ["Jane Roe"]),                           # a title before the name
    ("Deal Professor", []),                                         # a column's name
    ("Brendan Carlin for The Mail on Sunday", ["Brendan Carlin"]),  # the outlet written for
    ("JESSICA HOLLY And GAIL LEVY", ["Jessica Holly", "Gail Levy"]),
    ("박준석 기자", ["박준석"]),                                       # a title in a script without capitals
    ("Anadolu Ajansı", []),                                         # an agency, not a person
    ("Авторы: Сергей Борисов", ["Сергей Борисов"]),                  # the label in Russian
    ("Autores: Ana Ruiz y Luis Gil", ["Ana Ruiz", "Luis Gil"]),
    ("F.P. Report", []),                                            # a desk's report
    ("Staff Report", []),
    ("Текст: Венера Ерофеева", ["Венера Ерофеева"]),
    ("Amy Kuperinsky | NJ Advance Media", ["Amy Kuperinsky"]),     # the outlet's media group
    ("Prefeitura Municipal de Jaraguá do Sul", []),                 # a town hall's release
])
def test_split_byline_titles_labels_and_placeholders(byline, people):
    assert split_byline(byline)[0] == people


@pytest.mark.parametrize(("byline", "people"), [
    ("By Jennifer Senior", ["Jennifer Senior"]),      # a surname that is also a title word
    ("Lars Per Olsson", ["Lars Per Olsson"]),          # "per" is no "for <outlet>" here
])
def test_names_that_look_like_titles_or_outlets(byline, people):
    assert split_byline(byline)[0] == people


@pytest.mark.parametrize(("byline", "people", "agencies"), [
    ("By TOM KRISHER, AP Auto Writer", ["Tom Krisher"], ["Associated Press"]),   # the agency's writer
    ("STEVE PEOPLES, AP National Political Writer", ["Steve Peoples"], ["Associated Press"]),
    ("By LISA MASCARO and ERIC TUCKER Associated Press", ["Lisa Mascaro", "Eric Tucker"], ["Associated Press"]),
    ("ANA DE LA CRUZ", ["Ana de la Cruz"], []),                 # capitals printed as a name
    ("Tom Gillespie News reporter", ["Tom Gillespie"], []),
    ("Finian Cunningham. Sputnik International", ["Finian Cunningham"], []),
    ("Lisa Kaczke and Trevor J. Mitchell; Trevor J Mitchell", ["Lisa Kaczke", "Trevor J. Mitchell"], []),
    ("ABOUT THE AUTHOR", [], []),                               # a heading, not a name
    ("The Russian and Syrian defense ministries", [], []),
    ("by European Space Agency", [], []),                       # an organisation
    ("News Service Reports", [], []),                           # a desk
    ("Jane Roe Staff Writer", ["Jane Roe"], []),
    ("Sarah E. Needleman", ["Sarah E. Needleman"], []),         # an initial's full stop stays
    ("Jane Sun", ["Jane Sun"], []),                             # a surname, not a weekday
])
def test_split_byline_wire_writers_organisations_and_typography(byline, people, agencies):
    assert split_byline(byline) == (people, agencies)


@pytest.mark.parametrize(("byline", "people", "agencies"), [
    # found by review: names that hold an agency's, a desk's, a weekday's or an abbreviation's word
    ("By Michael R. Bloomberg", ["Michael R. Bloomberg"], []),
    ("By Ana Paula Lusa", ["Ana Paula Lusa"], []),
    ("By Mohd. Azam Shah", ["Mohd. Azam Shah"], []),
    ("By Lt. Col. Jane Roe", ["Jane Roe"], []),                 # a rank is a title, like "Professor"
    ("By Staff Sgt. John Smith", ["John Smith"], []),
    ("Staff Writer Jane Roe", ["Jane Roe"], []),
    ("By Jane Roe, Tribune Washington Bureau", ["Jane Roe"], []),
    ("Times Wire Services", [], []),
    ("Jane Roe, Washington Bureau Chief", ["Jane Roe"], []),
    ("By Robert Service", ["Robert Service"], []),
    ("By Jérôme Bureau", ["Jérôme Bureau"], []),
    ("By Tommy To and Jane Roe", ["Tommy To", "Jane Roe"], []),
    ("By Anna Maria Freitag", ["Anna Maria Freitag"], []),
    ("By Susan J. Friday", ["Susan J. Friday"], []),
    ("By MARTIN LUTHER KING III", ["Martin Luther King III"], []),
    ("By JOHN MCDONALD", ["John McDonald"], []),
    ("MIKE STOBBE AP Medical Writer", ["Mike Stobbe"], ["Associated Press"]),
    # "Staff" before a job title is part of it; last, it names a desk
    ("Jane Roe Staff Writer", ["Jane Roe"], []),
    ("Practical Horseman Editorial Staff", [], []),
    ("JERUSALEM POST STAFF", [], []),
    ("ΣΥΝΤΑΚΤΙΚΗ ΟΜΑΔΑ", [], []),
    ("منوعات", [], []),                                           # a section ("Miscellaneous")
])
def test_split_byline_keeps_names_that_look_like_credits(byline, people, agencies):
    assert split_byline(byline) == (people, agencies)


@pytest.mark.parametrize(("line", "credit"), [
    ("Photo courtesy of the family", True), ("Image source: Getty", True), ("Photo illustration by Jane Roe", True),
    ("Photo credit: Jane Roe", True), ("写真：共同", True), ("사진=연합뉴스", True), ("Foto von dpa", True),
    ("Photo AFP", True),
    ("Pictures Of The Year", False), ("Images From Space", False),
    ("Photos by the hundreds flooded social media", False), ("Bilder von der Demonstration in Berlin", False),
    ("Picture shows the aftermath", False), ("Foto de familia", False),
])
def test_credit_lines(line, credit):
    from transforms.clean import _credit_line

    assert _credit_line(line) is credit


@pytest.mark.parametrize(("line", "outlet"), [
    ("This article was originally published by Futurism. Read the original article.", "Futurism"),
    ("This article originally appeared on The Atlantic.", "The Atlantic"),
    ("First published in The Conversation.", "The Conversation"),
    ("This article is republished from The Conversation under a Creative Commons license. "
     "Read the original article.", "The Conversation"),
    ("This story originally appeared in Grist, a nonprofit, independent media organization.", "Grist"),
    ("This article originally appeared in The Atlantic on March 3, 2020.", "The Atlantic"),
    ("Reprinted with permission from Grist.", "Grist"),
    ("Provided by European Space Agency", "European Space Agency"),
    ("© Provided by Business Insider Inc", "Business Insider"),
    ("(Originally published by Reuters)", "Reuters"),
    ('Dieser Artikel ist zuerst bei "Capital" erschienen.', "Capital"),
    ("Zuerst erschienen auf netzpolitik.org", "netzpolitik.org"),
    # a domain the table of syndicating outlets knows is named as the outlet's other credits name it
    ("This story was originally published at nytimes.com. Read it here.", "The New York Times"),
    ("Originally published at www.ProPublica.org", "ProPublica"),
    ("Este artículo fue publicado originalmente en El País.", "El País"),
    ("Publicado originalmente no Nexo Jornal.", "Nexo Jornal"),
    ("Cet article est republié à partir de The Conversation sous licence Creative Commons.", "The Conversation"),
    ("Distributed by Tribune Content Agency, LLC.", "Tribune Content Agency"),
    ("(c)2024 Los Angeles Times. Distributed by Tribune Content Agency, LLC.", "Los Angeles Times"),
    ("This story was originally published on Jan. 5, 2024 by ProPublica.", "ProPublica"),
    ("Este artículo fue publicado originalmente en inglés en The Conversation.", "The Conversation"),
    ("Dieser Artikel erschien zuerst im Englischen bei The Conversation.", "The Conversation"),
    ("Cet article a d'abord été publié sur Le Temps.", "Le Temps"),
    ("Este artigo foi republicado do The Conversation sob uma licença Creative Commons.", "The Conversation"),
    ("Editor's note: This story originally appeared in The Marshall Project.", "The Marshall Project"),
    ("This story was originally published by Stateline, part of States Newsroom.", "Stateline"),
    ("Originally published by Our World in Data.", "Our World in Data"),
    ("Questo articolo è stato pubblicato originariamente su Internazionale.", "Internazionale"),
    # WordPress's feed footer, with the post's title in it
    ("The post Rivers run dry, and the barges stop appeared first on Grist.", "Grist"),
    ("Der Beitrag Die Flüsse trocknen aus erschien zuerst auf netzpolitik.org.", "netzpolitik.org"),
    ("Post-ul Femeile din țara noastră pot obține studii gratuite apare prima dată în Unica.md.", "Unica.md"),
    ("O post Rios secam no interior apareceu primeiro em Nexo Jornal.", "Nexo Jornal"),
    ("L'articolo I fiumi sono in secca sembra essere il primo su Il Post.", "Il Post"),
])
def test_syndication_credit_names_the_first_outlet(line, outlet):
    assert syndication_source(line) == outlet


@pytest.mark.parametrize("line", [
    "This article was reprinted on Wired.com.",  # where the story went, not where it came from
    "First published on November 19, 2019 / 8:16 AM",  # a date line
    "Data also provided by",
    "This graphic, provided by Statista, shows the states where cannabis is legal.",
    "Originally published by Penguin in 1962, the novel sold a million copies in its first year.",
    "First published in 1851, the paper is one of the oldest in the country.",
    "This article was originally published on Monday and has been updated.",
    "Zuerst in der Kritik stand der Minister.",
    "Erstmals im Amt ist seit Montag Anna Schmidt.",
    "Pubblicato per la prima volta in Italia da Einaudi.",
    "First published in Britain in 1997, Harry Potter and the Philosopher's Stone sold millions of copies.",
    "Originally published in Russian.",
    "Provided by the city",
    "Originally posted on Facebook",
    "The post office appeared first on the list of closures.",  # a sentence: no outlet's capital
    "The report, first published in Nature, found that the ice sheet is thinning faster than "
    "expected, and that sea levels could rise by a metre by the end of the century.",
])
def test_lines_that_are_no_syndication_credit(line):
    assert syndication_source(line) is None


def test_a_credit_naming_the_pages_own_outlet_or_edition_is_none():
    assert syndication_source("Originally published on Live Science.", ["Live Science", "www.livescience.com"]) is None
    assert syndication_source("This article originally appeared on VICE US.", ["Vice", "www.vice.com"]) is None
    assert syndication_source("This article originally appeared on VICE US.", ["Salon", "www.salon.com"]) == "VICE US"
    # whole names, not letters inside one: AP is not The Japan Times, nor Time the Los Angeles Times
    assert syndication_source("This story was originally published by AP.",
                              ["The Japan Times", "www.japantimes.co.jp"]) == "Associated Press"
    assert syndication_source("This article originally appeared in Time.", ["Los Angeles Times", "www.latimes.com"]) \
        == "Time"


@pytest.mark.parametrize(("line", "own", "agency"), [
    ("Copyright 2020 The Associated Press. All rights reserved. This material may not be published, broadcast, "
     "rewritten or redistributed without permission.", ["Arizona Daily Star", "tucson.com"], "Associated Press"),
    ("Copyright: Project Syndicate, 2025", ["Die Presse", "www.diepresse.com"], "Project Syndicate"),
    ("©2019 Tribune Content Agency LLC", [], "Tribune Content Agency"),
    ("© Copyright 2024 Reuters", [], "Reuters"),
    ("© 2024 Bloomberg L.P.", [], "Bloomberg"),
    # the page's own agency; an owner that is no agency; the outlet itself
    ("Copyright © AFP 2017-2026. Für die kommerzielle Nutzung dieses Inhalts ist ein Abonnement erforderlich.",
     ["AFP Faktencheck", "faktencheck.afp.com"], None),
    ("Copyright 2020 The Associated Press. All rights reserved.", ["AP News", "apnews.com"], None),
    ("Copyright 2023 Sunbeam Television Corp. All rights reserved.", ["WSVN 7News", "wsvn.com"], None),
    ("Copyright 2019 Hawaii News Now. All rights reserved.", [], None),
])
def test_copyright_line_names_a_wire_agency_or_syndicate(line, own, agency):
    assert copyright_agency(line, own) == agency


def test_a_dateline_broken_over_two_lines_still_credits_its_agency():
    assert dateline_agency("NAIROBI, Kenya\n(AP) — Floodwaters rose again on Thursday.") == "Associated Press"
