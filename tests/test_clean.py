from dataclasses import replace

import pytest

from tests.helpers import article
from transforms.clean import (clean_article, drop_boilerplate_lines, drop_byline_blocks, drop_date_lines,
                              drop_repeated_blocks, drop_trailing_subheads, move_captions, record_syndication,
                              strip_trailers)
from transforms.model import Caption

LEAD = "Sporadic clashes continued on Tuesday in Mosul, even after the prime minister declared a 'total victory'."


def test_repeated_lead_is_dropped_once_kept_once():
    a = article(("title", "T"), ("paragraph", LEAD), ("dek", "A dek line of some words here"),
                ("paragraph", LEAD.replace("'", "\u201c")), ("paragraph", "Other text follows here."))
    out = drop_repeated_blocks(a)
    assert [b.text for b in out.blocks if b.kind == "paragraph"] == [LEAD, "Other text follows here."]
    assert ("repeated_block", 1) in out.removed


def test_a_paragraph_printed_three_times_is_the_texts_own_pattern():
    question = "Which cuisine do you like yourself, and is there any dish you cannot stand at all?"
    blocks = [("paragraph", LEAD)]
    for name in ("Olesya", "Yana", "Alla"):
        blocks += [("subhead", name), ("paragraph", question), ("paragraph", f"{name} says she loves Italian food.")]
    out = drop_repeated_blocks(article(*blocks))
    assert out.body.count(question) == 3
    # printed twice, it is a copy (a pull quote, a repeated lead): the second goes
    twice = article(("paragraph", LEAD), ("paragraph", question), ("paragraph", "Then the talk turned to fish."),
                    ("paragraph", question))
    assert drop_repeated_blocks(twice).body.count(question) == 1


def test_a_section_under_a_repeated_subhead_may_repeat_the_earlier_one():
    meal = "Asparagus and eggs with half a cup of sweet potato and a teaspoon of olive oil"
    blocks = [("paragraph", LEAD)]
    for plan in ("Plan A", "Plan B"):
        blocks += [("subhead", f"Menu for {plan}"), ("subhead", "Pre-workout meal"), ("paragraph", meal),
                   ("paragraph", f"Eat it an hour before the workout of {plan}.")]
    assert drop_repeated_blocks(article(*blocks)).body.count(meal) == 2
    # under another subhead, the second is a copy
    other = article(("paragraph", LEAD), ("subhead", "Breakfast"), ("paragraph", meal), ("subhead", "Lunch"),
                    ("paragraph", meal))
    assert drop_repeated_blocks(other).body.count(meal) == 1


@pytest.mark.parametrize("line", ["Read more:", "Read More", "RELATED STORIES", "Related coverage", "|", " · "])
def test_a_teaser_label_or_separator_left_alone_is_furniture(line):
    assert drop_boilerplate_lines(article(("paragraph", LEAD), ("paragraph", line))).body == LEAD


def test_a_line_that_only_starts_like_a_label_stays():
    text = "Related stories of hardship emerged from the camps, aid workers said."
    assert drop_boilerplate_lines(article(("paragraph", LEAD), ("paragraph", text))).body.endswith(text)


@pytest.mark.parametrize("line", [
    "Externer Inhalt nicht verfügbar",
    "Deine Privatsphäre-Einstellungen verhindern das Laden und Anzeigen aller externen Inhalte (z.B. Grafiken)\n"
    "Zur Anzeige aktiviere bitte die Einstellungen in den Privatsphäre-Einstellungen.",
    "This content is not available due to your privacy preferences.",
])
def test_embed_placeholders_are_furniture(line):
    assert drop_boilerplate_lines(article(("paragraph", LEAD), ("paragraph", line))).body == LEAD


@pytest.mark.parametrize("line", [
    "This is a modal window.",
    "This is a modal window. This modal can be closed by pressing the Escape key or activating the close button.",
    "subtitles off, selected", "descriptions off, selected", "default, selected",
    "captions settings, opens captions settings dialog",
    "Unfortunately, this video is not available in your region.", "Next video starts in : 7Play",
    "Log in or register to post comments", "Inicie sesión o regístrese para comentar", "4433 lecturas",
    "Like this story? Share it with a friend!", "Thanks for signing up!",
    "Keep an eye on your inbox for the latest sports news.", "There was an error processing your subscription.",
    "This copy is for your personal, non-commercial use only. To order presentation-ready copies visit www.djreprints.com.",
    "Write to Al Root at allen.root@dowjones.com", "Write to Jane Roe at jane.roe@wsj.com and Joe Doe at joe.doe@wsj.com",
    "Filed under: Khawarij |", "Tagged: Politics, Ports",
    "Our website is the place for the latest breaking news, exclusive scoops, longreads and provocative commentary.",
    "Ground Game: Sign up for AP’s weekly politics newsletter to get it in your inbox every Monday.",
    "Newsletter: Sport inside", "Sign up for breaking news, reviews, opinion, top tech deals, and more.",
    "Follow TechRadar on Google News and add us as a preferred source to get our expert news in your feeds.",
    "You must confirm your public display name before commenting", "Folgst du schon 20 Minuten auf Whatsapp?",
    "Got a tip? Email Nathan Bernier at nbernier@kut.org. Follow him on Twitter @KUTnathan.",
    "FUNDA OLUNYE UDABA LAPHA | Kuboshwe abahlanu", ">> Hier finden Sie außerdem alle EZB-Termine für 2025 im Überblick",
    "Aktien, Immobilien und andere Investments sind grundsätzlich mit einem Risiko verbunden. Auch ein Totalverlust ist möglich.",
    "Article content", "Článek", "Advertisement embed-more-topicStory continues below", "Fehler gefunden?Jetzt melden.",
    "3 Minuten Lesezeit", "Lesezeit: ca. 4 Min.", "5 min read", "Esta funcionalidad es sólo para suscriptores",
    "Suscríbete", "Noticia relacionada", "Ähnliche Artikel", "Kommentar abgeben",
    "Du musst dich EINLOGGEN um einen Kommentar abzugeben.", "기사 URL이 복사되었습니다.",
    "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.",
    "Do you have a story to tell? Email: emma.mackenzie@reachplc.com", "分享让更多人看到", "评论",
    "Empfohlener redaktioneller Inhalt", "showPaywall:", "false",
    "Please read our Comment Policy before commenting.", "You may also like...", "Related post: Pickled Sprouts Recipe",
    "More:", "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
    "Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.", "Order Reprints",
    "Print Article", "Loading Comments...", "Previous", "Fullscreen", "Popular",
    "If you enjoyed this article, we have a proposition for you: Join NRPLUS.", "paul.takahashi@chron.com",
    "twitter.com/paultakahashi", "Tempo de leitura: 1 minuto",
    "ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.",
    "Note: Comments are reviewed by a moderator before they appear.", "DON'T MISS", "Nicht verpassen:", "Updated at 1:23 p.m.", "Updated at 1:23 p.m. ET", "Updated 1:23 pm EST",
    "Lesedauer etwa 2 Min", "0 Kommentare", "12 comments", "Vorlesen", "Auf die Merkliste", "Listen to this article",
    "Lue myös:", "Läs även: Hamnen stängs i natt", "Читайте также: Паромы встали", 'Читайте материал "Паромы встали у причала"',
    "Síguenos en Facebook: El Diario del Puerto y en Twitter: @diariopuerto", "The Harbour Times is now on Telegram!",
    "For the day's headlines, subscribe to t.me/HarbourTimes", "Get local news delivered to your inbox!",
    "Be the first to know", "If you found this reporting valuable, please consider making a donation to support it.",
    "Kommentarer", "Commenti", "Please enable JavaScript to view this page.",
    "Pełne korzystanie z serwisu wymaga włączonego w przeglądarce JavaScript oraz plików cookies.",
    "Try our digital subscription for one month", "Wypróbuj prenumeratę cyfrową",
    "This site is best viewed with Firefox 2.0 or higher at a screen resolution of 1024x768.",
    "* Quotes delayed by 15 minutes. Information is provided as is and is no investment advice.",
])
def test_player_menus_prompts_and_counters_are_furniture(line):
    assert drop_boilerplate_lines(article(("paragraph", LEAD), ("paragraph", line))).body == LEAD
    # a sentence of the story that speaks of a video stays
    story = "The police said the video is not available to the public until the trial ends. Follow him on Instagram."
    assert drop_boilerplate_lines(article(("paragraph", LEAD), ("paragraph", story))).body.endswith(story)
    for text in ("5 minutes later, the ferry left.", "20 minutes", "False alarm", "12 comments were deleted.", "Mr. McDonald:", "iPhone:", "eBay:",
                 "Follow the money, the inspector said.", "Popular anger grew over the summer.",
                 "Leggi anche", "Síguenos en vivo desde el puerto, dijo el alcalde, y ayúdenos a limpiar.",
                 "The mayor is now on leave until the inquiry ends.",
                 "The new browser runs without JavaScript, its makers said.",
                 "Kommentarer fra læserne fyldte avisen i en uge.",
                 "Quotes delayed by the strike reached the exchange only on Friday."):
        assert drop_boilerplate_lines(article(("paragraph", LEAD), ("paragraph", text))).body.endswith(text)


def test_paragraph_repeating_the_dek_is_dropped():
    dek = "The battle for the city has lasted three years and displaced nearly a million people"
    a = article(("title", "T"), ("dek", dek), ("paragraph", dek + "."), ("paragraph", LEAD))
    assert [b.text for b in drop_repeated_blocks(a).blocks if b.kind == "paragraph"] == [LEAD]


def test_short_repeats_are_not_treated_as_leads():
    a = article(("paragraph", "Yes."), ("paragraph", "Yes."))
    assert len(drop_repeated_blocks(a).blocks) == 2


def test_cjk_repeat_is_detected_by_character_trigrams():
    text = "韓国の尹錫悦大統領は3日夜、緊急談話を出し、野党が国政をまひさせているとして非常戒厳を宣言した。"
    a = article(("paragraph", text), ("paragraph", text.replace("3日夜、", "3日夜")))
    assert len(drop_repeated_blocks(a).blocks) == 1


def test_caption_with_credit_moves_out_of_body():
    a = article(("paragraph", LEAD),
                ("paragraph", "Smoke billows over the Old City. (Felipe Dana/Associated Press)"))
    out = move_captions(a)
    assert out.body == LEAD
    assert out.captions == (Caption("Smoke billows over the Old City.", "Felipe Dana", "Associated Press"),)


@pytest.mark.parametrize("line", ["Copyright © 2023 The Washington Times, LLC.", "Crédit photo : KB / Bondy Blog",
                                  "Main image credit: Getty"])
def test_a_credit_line_with_only_a_credit_word_before_it_leaves_no_caption(line):
    out = move_captions(article(("paragraph", LEAD), ("paragraph", line)))
    assert out.body == LEAD and out.captions == ()


def test_a_caption_read_from_the_body_in_a_script_without_spaces_is_kept():
    out = move_captions(article(("paragraph", LEAD), ("paragraph", "東京都庁の夜景 写真：共同通信")))
    assert out.body == LEAD and [c.text for c in out.captions] == ["東京都庁の夜景"]


def test_paragraph_repeating_a_figure_caption_is_removed():
    caption = Caption("Cranes load containers onto a ship at the harbour on Thursday.", None, "AFP")
    a = article(("paragraph", LEAD), ("paragraph", caption.text + " Photo: Rohan Kulkarni / AFP"),
                captions=(caption,))
    out = move_captions(a)
    assert out.body == LEAD and len(out.captions) == 1


def test_paragraph_repeating_a_caption_without_its_credit_is_removed():
    # The figure's caption was read with a credit sentence after it; the body repeats the caption alone.
    caption = Caption("Cranes load containers onto a ship at the harbour on Thursday. Handout picture.")
    a = article(("paragraph", LEAD), ("paragraph", "Cranes load containers onto a ship at the harbour on Thursday."),
                ("paragraph", "Cranes load containers onto a ship before dawn, the port authority said."),
                captions=(caption,))
    assert move_captions(a).body.split("\n\n") == [
        LEAD, "Cranes load containers onto a ship before dawn, the port authority said."]


def test_trailers_are_removed_and_agencies_recorded():
    a = article(("paragraph", LEAD), ("paragraph", "The Associated Press contributed to this report."),
                ("paragraph", "with files from Reuters"))
    out = strip_trailers(a)
    assert out.body == LEAD
    assert out.wire_agencies == ("Reuters", "Associated Press")


@pytest.mark.parametrize("line, agencies", [
    ("Źródło: PAP", ("PAP",)), ("Quelle: dpa, AFP", ("dpa", "Agence France-Presse")), ("Fuente: EFE.", ("EFE",))])
def test_a_source_label_naming_agencies_is_a_trailer(line, agencies):
    out = strip_trailers(article(("paragraph", LEAD), ("paragraph", line)))
    assert out.body == LEAD and out.wire_agencies == agencies


def test_a_source_label_naming_no_agency_stays():
    a = article(("paragraph", LEAD), ("paragraph", "Quelle: eigene Recherche"))
    assert strip_trailers(a).body.endswith("eigene Recherche")


def test_reporting_by_trailer_gives_authors_when_none():
    a = article(("paragraph", LEAD), ("paragraph", "(Reporting by Chidi Okafor in Lagos; Editing by Mark Stevens)"))
    out = strip_trailers(a)
    assert out.body == LEAD and out.authors == ("Chidi Okafor",)


def test_last_paragraph_that_is_not_a_trailer_stays():
    a = article(("paragraph", LEAD), ("paragraph", "Reuters reported the deal was off."))
    assert strip_trailers(a).body.endswith("deal was off.")


def test_byline_and_boilerplate_lines():
    a = article(("title", "T"), ("paragraph", "Por Valeria Domínguez"), ("paragraph", LEAD),
                ("paragraph", "Advertisement"), ("paragraph", "Read more: Another story entirely"))
    out = drop_boilerplate_lines(drop_byline_blocks(a))
    assert out.body == LEAD and out.authors == ("Valeria Domínguez",)


def test_a_caption_that_is_page_furniture_goes():
    video = "Watch: Moment a tornado tears through an Oklahoma town"  # a video's caption, not a teaser
    a = replace(article(("paragraph", LEAD)), captions=(Caption(text="Advertisement"), Caption(text=video)))
    assert [c.text for c in drop_boilerplate_lines(a).captions] == [video]


def test_clean_article_does_not_mutate_input():
    a = article(("paragraph", LEAD), ("paragraph", LEAD), ("paragraph", "with files from Reuters"))
    before = a.blocks
    clean_article(a)
    assert a.blocks == before


def test_short_caption_does_not_remove_body_text():
    a = article(("paragraph", "Emmanuel Macron said on Tuesday that France would not send troops."),
                captions=(Caption("Emmanuel Macron"),))
    assert move_captions(a).body.startswith("Emmanuel Macron said")


def test_sentences_that_only_look_like_furniture_stay():
    a = article(("paragraph", "By Friday, Joe Biden and Kamala Harris had agreed."),
                ("paragraph", "Lea Michele said the show would return in the autumn."))
    out = drop_boilerplate_lines(drop_byline_blocks(a))
    assert len(out.blocks) == 2 and out.authors == ()


def test_updates_that_differ_by_a_number_are_both_kept():
    a = article(("paragraph", "Officials said on Monday the death toll from the floods had risen to 41 people."),
                ("paragraph", "Officials said on Monday the death toll from the floods had risen to 57 people."))
    assert len(drop_repeated_blocks(a).blocks) == 2


def test_a_long_paragraph_ending_in_a_credit_is_not_a_caption():
    long_text = " ".join(["Word"] * 120) + " (Foto: Ansa)"
    out = move_captions(article(("paragraph", long_text)))
    assert out.body == long_text and out.captions == ()


def test_furniture_subheads_and_role_lines_go():
    a = article(("paragraph", LEAD), ("subhead", "Weitere Informationen zum Coronavirus in Thüringen:"),
                ("paragraph", "Redakteur in der Wirtschaft."), ("subhead", "A real subhead"))
    out = drop_boilerplate_lines(a)
    assert [b.text for b in out.blocks] == [LEAD, "A real subhead"]


@pytest.mark.parametrize("line", ["Uppdaterad 15.59 | Publicerad 14.14", "Published: 12.03.2024, 08:15 Uhr",
                                  "Join our commenting forum", "Ein Klick für den Datenschutz"])
def test_stamp_and_prompt_lines_are_furniture(line):
    assert drop_boilerplate_lines(article(("paragraph", LEAD), ("paragraph", line))).body == LEAD


def test_a_sentence_about_an_update_stays():
    a = article(("paragraph", LEAD), ("paragraph", "Published in 1998, the report was updated twice."))
    assert len(drop_boilerplate_lines(a).blocks) == 2


def test_a_bare_name_closing_the_text_is_its_byline():
    a = article(("paragraph", LEAD), ("paragraph", "Residents said the shelling had stopped by nightfall."),
                ("paragraph", "Aid convoys were expected to reach the old city on Wednesday."),
                ("paragraph", "The United Nations said it was preparing for more displaced families."),
                ("paragraph", "Mohloai Mpesi"), outlet="Lesotho Times", url="https://lestimes.com/story")
    out = drop_byline_blocks(a)
    assert out.authors == ("Mohloai Mpesi",) and "Mohloai" not in out.body


def test_the_authors_name_and_place_printed_as_the_first_lines_are_the_byline():
    story = [("paragraph", LEAD), ("paragraph", "Residents said the shelling had stopped by nightfall.")]
    out = drop_byline_blocks(article(("paragraph", "Daniel Aragón"), ("paragraph", "Córdoba"), *story,
                                     authors=("Daniel Aragón",)))
    assert out.body.split("\n\n") == [text for _, text in story] and ("byline", 2) in out.removed
    # a name that is not the author's, or a place line with no name above it, is the text's
    for opening in [("paragraph", "Ana Ruiz"), ("paragraph", "Córdoba")]:
        out = drop_byline_blocks(article(opening, *story, authors=("Daniel Aragón",)))
        assert out.body.startswith(opening[1] + "\n\n")


def test_a_byline_closing_with_its_place_set_as_a_heading_is_the_byline():
    out = drop_byline_blocks(article(("title", "Wero passes its test"), ("subhead", "Von Anna Sleegers, Frankfurt"),
                                     ("paragraph", LEAD)))
    assert out.body == LEAD and out.authors == ("Anna Sleegers",)


def test_bare_names_after_unfinished_opening_lines_are_the_byline():
    a = article(("paragraph", "…as communities cry foul over lost livelihoods"),
                ("paragraph", "…accuse chiefs of accepting bribes to ignore concerns"),
                ("paragraph", "Mathatisi Sebusi/Mohalenyane Phakela"), ("paragraph", LEAD),
                ("paragraph", "Residents said the blasting had cracked the walls of their homes."),
                outlet="Lesotho Times", url="https://lestimes.com/story")
    out = drop_byline_blocks(a)
    assert out.authors == ("Mathatisi Sebusi", "Mohalenyane Phakela") and "Sebusi" not in out.body


@pytest.mark.parametrize("opening", [
    [("paragraph", "“Ask not what your country can do for you; ask what you can do for your country.”")],
    [("paragraph", "The victims have been named by police as:")],
    [("subhead", "Meet the candidates")],
])
def test_a_name_after_an_epigraph_a_lead_in_or_a_subhead_is_no_byline(opening):
    a = article(*opening, ("paragraph", "Maria Lopez"), ("paragraph", LEAD),
                ("paragraph", "Residents said the shelling had stopped by nightfall."),
                ("paragraph", "Aid convoys were expected to reach the old city on Wednesday, officials said."))
    out = drop_byline_blocks(a)
    assert out.authors == () and "Maria Lopez" in out.body


def test_a_name_after_the_first_sentence_stays_in_the_text():
    a = article(("paragraph", LEAD), ("paragraph", "Residents said the shelling had stopped by nightfall."),
                ("paragraph", "Angela Rayner"), ("paragraph", "She said the plan would work, on Sunday."),
                ("paragraph", "Aid convoys were expected to reach the old city on Wednesday."))
    out = drop_byline_blocks(a)
    assert out.authors == () and "Angela Rayner" in out.body


def test_a_short_last_line_that_is_not_a_name_stays():
    a = article(("paragraph", LEAD), ("paragraph", "Residents said the shelling had stopped by nightfall."),
                ("paragraph", "Aid convoys were expected to reach the old city on Wednesday."),
                ("paragraph", "Lesotho Times"), outlet="Lesotho Times", url="https://lestimes.com/story")
    out = drop_byline_blocks(a)
    assert out.authors == () and out.body.endswith("Lesotho Times")


@pytest.mark.parametrize("line", ["STR/AFP via Getty Images", "Foto: dpa", "Andrea Verdelli/Getty Images"])
def test_a_photo_credit_alone_on_its_line_leaves_the_body(line):
    out = move_captions(article(("paragraph", LEAD), ("paragraph", line)))
    assert out.body == LEAD


def test_a_short_line_with_a_slash_that_is_no_credit_stays():
    out = move_captions(article(("paragraph", LEAD), ("paragraph", "Kyiv/Moscow talks")))
    assert out.body.endswith("Kyiv/Moscow talks")


@pytest.mark.parametrize("line", ["Real Madrid/Manchester City", "Reuters/Ipsos poll", "Joe Biden / Kamala Harris"])
def test_short_slash_lines_that_are_no_credits_stay(line):
    assert move_captions(article(("paragraph", LEAD), ("paragraph", line))).body.endswith(line)


def test_a_subhead_naming_someone_is_no_byline():
    a = article(("paragraph", LEAD), ("subhead", "Angela Rayner"), ("paragraph", "She said the plan would work."),
                ("subhead", "Wes Streeting"), ("paragraph", "He said it would not."),
                ("paragraph", "Both spoke on Sunday morning television."))
    out = drop_byline_blocks(a)
    assert out.authors == () and "Angela Rayner" in out.body


@pytest.mark.parametrize("line", [
    "comments", "12 Comments", "Tell us what YOU think...", "Explore further", "Czytaj więcej", "Powered by",
    '[button link=”http://example.com/submit-review/” type=”big”] Send us YOUR review[/button]',
    "Get the magazine delivered every month. 12 issues for £11.99. Click here for more information.",
])
def test_comment_headers_shortcodes_and_offer_prompts_are_furniture(line):
    assert drop_boilerplate_lines(article(("paragraph", LEAD), ("paragraph", line))).body == LEAD


@pytest.mark.parametrize("line", [
    "Comments from residents were mostly positive, the council said on Tuesday evening.",
    "The minister said [the plan] would go ahead, and that critics should read it first.",
])
def test_story_lines_that_open_like_furniture_stay(line):
    assert len(drop_boilerplate_lines(article(("paragraph", LEAD), ("paragraph", line))).blocks) == 2


LINES = [("paragraph", f"Paragraph {i} of the story goes on about the harbour and its ferries.") for i in range(12)]


def test_syndication_credit_at_the_end_is_recorded_and_kept():
    out = record_syndication(article(*LINES, ("paragraph", "This story originally appeared on Grist."),
                                     outlet="Salon", url="https://www.salon.com/2020/01/10/x/"))
    assert out.syndicated_from == "Grist"
    assert out.body.endswith("This story originally appeared on Grist.")


def test_a_feed_footer_names_the_blog_a_post_came_from_unless_it_is_the_own():
    # WordPress's feed footer under an aggregated post; on the blog's own page it names itself
    footer = ("paragraph", "The post Rivers run dry, and the barges stop appeared first on Valley Ledger.")
    aggregated = article(*LINES, footer, outlet="News Digest", url="https://digest.example.org/a/1")
    assert record_syndication(aggregated).syndicated_from == "Valley Ledger"
    own = article(*LINES, footer, outlet="Valley Ledger", url="https://valleyledger.example.com/rivers/")
    assert record_syndication(own).syndicated_from is None


def test_syndication_credit_at_the_top_and_a_wire_agency_named_so():
    out = record_syndication(article(("paragraph", "Originally published by Reuters."), *LINES))
    assert (out.syndicated_from, out.wire_agencies) == ("Reuters", ("Reuters",))


def test_syndication_credit_in_the_middle_or_naming_the_own_outlet_is_not_read():
    middle = LINES[:6] + [("paragraph", "This story originally appeared on Grist.")] + LINES[6:]
    assert record_syndication(article(*middle)).syndicated_from is None
    own = article(*LINES, ("paragraph", "Originally published on Live Science."), outlet="Live Science",
                  url="https://www.livescience.com/x.html")
    assert record_syndication(own).syndicated_from is None


def test_clean_article_records_syndication():
    out = clean_article(article(*LINES, ("paragraph", "Provided by Makerere University")))
    assert out.syndicated_from == "Makerere University"


def test_a_copyright_line_of_a_syndicate_inside_the_last_paragraph_is_read():
    out = record_syndication(article(*LINES, ("paragraph", "Aus dem Englischen von Jan Doolan\nCopyright: Project "
                                                           "Syndicate, 2025"), outlet="Die Presse"))
    assert (out.syndicated_from, out.wire_agencies) == ("Project Syndicate", ())  # a syndicate is no wire agency
    wire = record_syndication(article(*LINES, ("paragraph", "Copyright 2020 The Associated Press. All rights "
                                                            "reserved."), outlet="Arizona Daily Star"))
    assert (wire.syndicated_from, wire.wire_agencies) == ("Associated Press", ("Associated Press",))


def test_clean_article_reads_a_copyright_line_before_trailers_and_captions_take_it():
    out = clean_article(article(*LINES, ("paragraph", "Copyright 2020 The Associated Press. All rights reserved."),
                                outlet="Arizona Daily Star"))
    assert out.syndicated_from == "Associated Press"


@pytest.mark.parametrize(("line", "agencies"), [
    ("Lesen Sie auch:\nDürre in Brandenburg: Bauern fordern Hilfe", ()),
    ("With reporting from\nReuters", ("Reuters",)),
])
def test_a_line_break_inside_furniture_or_a_trailer_does_not_hide_it(line, agencies):
    out = clean_article(article(*LINES, ("paragraph", line)))
    assert line not in out.body and out.wire_agencies == agencies


@pytest.mark.parametrize(("line", "language"), [
    ("05/12/2020 - 15:10", None), ("Domingo, Diciembre 6, 2020 - 07:32", "es"), ("30 Ekim 2020 Cuma 18:28", "tr"),
    ("Miércoles, 04 de Mayo de 2022", "es"), ("기사입력 :[ 2018-08-25 15:24 ]", "ko"), ("05.08.2024, 20:59 Uhr", "de")])
def test_a_line_that_is_only_a_date_is_a_stamp_not_text(line, language):
    out = drop_date_lines(replace(article(("paragraph", LEAD), ("paragraph", line)), language=language))
    assert out.body == LEAD and ("date_line", 1) in out.removed


@pytest.mark.parametrize("line", ["March 3, 2020: the first case was confirmed.", "Ariel Melgar Cabrera 3/5/2022 22:41",
                                  "1/2 tsp ground cloves", "In 2014 the port closed."])
def test_a_line_with_a_date_and_more_stays(line):
    assert drop_date_lines(article(("paragraph", LEAD), ("paragraph", line))).body.endswith(line)


def test_subheads_after_the_last_paragraph_head_nothing_and_go():
    # a row of teaser cards' sublines and a "More from" heading after the story (cbssports, The Nation)
    a = article(("paragraph", LEAD), ("subhead", "The next battle"), ("paragraph", "Troops moved west."),
                ("subhead", "More from The Nation"), ("subhead", "New England's roster is re-shuffling"))
    out = clean_article(a)
    assert out.body == f"{LEAD}\n\nThe next battle\n\nTroops moved west." and ("trailing_subhead", 2) in out.removed
    # a pull quote set after the text ends like a sentence and stays; a page of headings alone stays whole
    quote = article(("paragraph", LEAD), ("subhead", "Relotius legt ein Fake-Profil an. Es stützt seine Version."))
    assert drop_trailing_subheads(quote).body.endswith("Es stützt seine Version.")
    headings = article(("subhead", "Schedule"), ("subhead", "Results"))
    assert drop_trailing_subheads(headings) == headings



def test_the_outlets_name_alone_closing_the_text_is_a_sign_off():
    signed = article(("paragraph", LEAD), ("paragraph", "All three men will appear in court on Monday."),
                     ("paragraph", "The Harbour Times"), outlet="The Harbour Times")
    out = drop_boilerplate_lines(signed)
    assert out.body.endswith("appear in court on Monday.") and ("boilerplate", 1) in out.removed
    # the name inside the text, or another name alone, stays
    inside = article(("paragraph", "The Harbour Times"), ("paragraph", LEAD), outlet="The Harbour Times")
    assert drop_boilerplate_lines(inside) == inside
    other = article(("paragraph", LEAD), ("paragraph", "The Valley Ledger"), outlet="The Harbour Times")
    assert drop_boilerplate_lines(other) == other
