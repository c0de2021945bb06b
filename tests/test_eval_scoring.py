"""The benchmark's reading of truth bylines: which truth authors are people, as the issue
defines authors (benchmarks/eval_extraction.py, the people metric)."""

import pytest

from benchmarks.eval_extraction import truth_people


@pytest.mark.parametrize(("names", "url", "site", "people"), [
    (["Martin Untersinger (avec Damien Leloup; Morgane Tual)"], None, None,
     ["Martin Untersinger", "Damien Leloup", "Morgane Tual"]),
    (["Bruno (Henrique Zecchin) Rodrigues"], None, None, ["Bruno (Henrique Zecchin) Rodrigues"]),
    (["by Lucas Nolan22 Dec 2016651"], None, None, ["Lucas Nolan"]),
    (["By Kelli  Miller\n  WebMD Health News"], "https://www.webmd.com/a", None, ["Kelli  Miller"]),
    (["April 28, 2019 at 6:01 am Updated April 29, 2019 The Seattle Times"], None, None, []),
    (["BBC News"], None, "BBC News", []),
    (["BBC News"], "https://www.bbc.co.uk/news/a", None, []),
    (["dpa/lno", "FR mit dpa", "AFP/The Local"], "https://www.thelocal.de/a", None, []),
    (["Jane Doe", "MA"], None, None, ["Jane Doe"]),
])
def test_truth_people(names, url, site, people):
    assert truth_people(names, url, site) == people
