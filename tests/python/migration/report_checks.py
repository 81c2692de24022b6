"""Checks that the reports are well-formed, shared by the migration tests."""

import html.parser


class _HtmlChecker(html.parser.HTMLParser):
    """Checks that every opened tag (except void ones) is closed in order."""

    VOID = {"meta", "br", "hr", "img", "input", "link"}

    def __init__(self):
        super().__init__()
        self.stack, self.errors = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(tag)


def assert_well_formed_html(text):
    checker = _HtmlChecker()
    checker.feed(text)
    assert checker.errors == [] and checker.stack == []
    assert text.startswith("<!DOCTYPE html>") and "<script>" in text
    assert "http://" not in text and "https://" not in text  # self-contained


def assert_markdown_tables_are_rectangular(text):
    table = []
    for line in text.splitlines() + [""]:
        if line.startswith("|"):
            table.append(line)
            continue
        if table:
            cells = {len(row.replace("\\|", "").split("|")) for row in table}
            assert len(cells) == 1, table
            table = []
