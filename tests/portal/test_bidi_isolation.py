"""URLs and codes inside right-to-left text are isolated runs, and nothing around them is left unescaped."""

from portal.templatetags.bidi import isolating, ltr


def test_a_code_becomes_an_isolated_left_to_right_run_escaped():
    assert ltr("A&B-7/") == '<bdi dir="ltr">A&amp;B-7/</bdi>'


def test_the_url_inside_an_arabic_citation_is_isolated_and_the_rest_escaped():
    url = "https://portal.example/ar/guidelines/case/editions/2.0/#s-a"
    citation = f"مبادئ <إدارة> الحالات، الإصدار 2.0، §1 «المبادئ». {url}"

    html = isolating(citation, url)

    assert html.endswith(f'<bdi dir="ltr">{url}</bdi>')
    assert "&lt;إدارة&gt;" in html and "<إدارة>" not in html


def test_without_a_url_the_citation_is_only_escaped():
    assert isolating("a <b>", "") == "a &lt;b&gt;"
