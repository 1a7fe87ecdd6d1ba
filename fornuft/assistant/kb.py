"""Knowledge base: Markdown articles (optional YAML front matter) and FAQ CSV → passages.

Plain Python (no Django): the CLI reads a folder directly, the web app feeds the same
functions with the articles stored in the database.

* An article is a `.md` file; its id is the file name without extension. Front matter
  (`---` … `---`) may give `title`, `language` (nb/en), `tags`, `synonyms` and `questions`
  (other ways customers ask for this article; each is indexed as a short passage of its own
  that points to the article, doc2query-style).
* An FAQ CSV has the columns `id,question,answer` (and optionally `alternatives`: other ways
  to ask, separated by `|`); each row becomes an article.
* `synonyms.txt` in the folder holds synonym groups, one per line: `faktura, regning`.
* Each section (heading) becomes a passage; each row of a Markdown table becomes a passage
  of its own ("Tjeneste: Energimerking · Pris: 4 900 kr"), so prices and error codes are found.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

MAX_ARTICLE_BYTES = 512 * 1024
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")


class KnowledgeBaseError(ValueError):
    """The knowledge base cannot be read; the message says which file and why."""


@dataclass
class Article:
    id: str
    title: str
    body: str
    language: str = "nb"
    tags: list[str] = field(default_factory=list)
    synonyms: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)


@dataclass
class Passage:
    article_id: str
    title: str
    heading: str
    text: str
    language: str
    kind: str = "text"  # text | table_row | question

    def index_text(self) -> str:
        """What is indexed: title and heading weigh in, the text carries the detail."""
        if self.kind == "question":
            return f"{self.title}. {self.text}"
        return f"{self.title}. {self.title}. {self.heading}. {self.text}"


def parse_markdown(text: str, article_id: str) -> Article:
    """An Article from Markdown with optional YAML front matter."""
    meta: dict = {}
    body = text.lstrip("\ufeff")
    if body.startswith("---"):
        end = re.search(r"^---\s*$", body[3:], flags=re.MULTILINE)
        if end:
            import yaml

            raw = body[3:3 + end.start()]
            try:
                loaded = yaml.safe_load(raw) or {}
            except yaml.YAMLError as exc:
                raise KnowledgeBaseError(f"{article_id}: the front matter is not valid YAML ({exc})") from None
            if not isinstance(loaded, dict):
                raise KnowledgeBaseError(f"{article_id}: the front matter must be `key: value` lines")
            meta = loaded
            body = body[3 + end.end():]
    title = str(meta.get("title") or "").strip()
    if not title:
        heading = re.search(r"^#\s+(.+)$", body, flags=re.MULTILINE)
        title = heading.group(1).strip() if heading else article_id.replace("-", " ").replace("_", " ")
    language = str(meta.get("language") or "").strip().lower()
    if language in ("no", "nob", "norsk", "norwegian", "nn"):
        language = "nb"
    if language not in ("nb", "en"):
        from fornuft.assistant.understanding import detect_language

        language = detect_language(f"{title} {body[:2000]}")
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",") if t.strip()]
    synonyms = meta.get("synonyms") or []
    if isinstance(synonyms, str):
        synonyms = [synonyms]
    questions = meta.get("questions") or []
    if isinstance(questions, str):
        questions = [questions]
    if not isinstance(questions, list):
        raise KnowledgeBaseError(f"{article_id}: `questions` in the front matter must be a list of questions")
    return Article(id=article_id, title=title, body=body.strip(), language=language,
                   tags=[str(t) for t in tags], synonyms=[str(s) for s in synonyms],
                   questions=[str(q).strip() for q in questions if str(q).strip()])


def stored_body(article: Article) -> str:
    """The article body to store, with the alternative questions and synonyms kept as front
    matter (title, language and tags are stored in fields of their own)."""
    meta = {key: value for key, value in (("synonyms", article.synonyms), ("questions", article.questions)) if value}
    if not meta:
        return article.body
    import yaml

    return f"---\n{yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)}---\n{article.body}"


def parse_faq_csv(text: str, source: str = "faq.csv") -> list[Article]:
    """Articles from an FAQ CSV with the header `id,question,answer`."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = {"id", "question", "answer"} - set(reader.fieldnames or [])
    if missing:
        raise KnowledgeBaseError(f"{source}: the FAQ CSV needs the columns id,question,answer "
                                 f"(missing: {', '.join(sorted(missing))})")
    articles = []
    for line, row in enumerate(reader, start=2):
        article_id = (row.get("id") or "").strip()
        question, answer = (row.get("question") or "").strip(), (row.get("answer") or "").strip()
        if not article_id or not question or not answer:
            raise KnowledgeBaseError(f"{source} line {line}: id, question and answer must all be filled in")
        check_article_id(article_id, f"{source} line {line}")
        article = parse_markdown(answer, article_id)
        article.title = question
        from fornuft.assistant.understanding import detect_language

        article.language = detect_language(f"{question} {answer}")
        alternatives = (row.get("alternatives") or "").strip()
        if alternatives:  # optional column: other ways to ask, separated by |
            article.questions += [q.strip() for q in alternatives.split("|") if q.strip()]
        articles.append(article)
    return articles


def check_article_id(article_id: str, where: str) -> None:
    if not _ID.match(article_id):
        raise KnowledgeBaseError(f"{where}: article id {article_id!r} must be letters, digits, '-', '_' or '.'")


def load_folder(path: str | Path) -> tuple[list[Article], list[list[str]]]:
    """Every article (`*.md`, FAQ `*.csv`) under `path`, and its synonym groups."""
    from fornuft.ml.retrieval import parse_synonyms

    root = Path(path)
    if not root.is_dir():
        raise KnowledgeBaseError(f"{root}: not a folder; give the folder holding the .md articles")
    articles: dict[str, Article] = {}
    synonyms: list[list[str]] = []
    for file in sorted(root.rglob("*")):
        if not file.is_file() or file.name.startswith("."):
            continue
        suffix = file.suffix.lower()
        if suffix not in (".md", ".markdown", ".csv") and file.name != "synonyms.txt":
            continue
        if file.stat().st_size > MAX_ARTICLE_BYTES:
            raise KnowledgeBaseError(f"{file}: larger than {MAX_ARTICLE_BYTES // 1024} KB; split the article")
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise KnowledgeBaseError(f"{file}: not UTF-8 text; save it as UTF-8") from None
        if file.name == "synonyms.txt":
            synonyms.extend(parse_synonyms(text.splitlines()))
            continue
        found = parse_faq_csv(text, str(file)) if suffix == ".csv" else [parse_markdown(text, file.stem)]
        for article in found:
            check_article_id(article.id, str(file))
            if article.id in articles:
                raise KnowledgeBaseError(f"{file}: article id {article.id!r} appears twice in the knowledge base")
            articles[article.id] = article
    if not articles:
        raise KnowledgeBaseError(f"{root}: no articles (.md files or an FAQ .csv) found")
    for article in articles.values():
        if article.synonyms:
            synonyms.extend(parse_synonyms(article.synonyms))
    return list(articles.values()), synonyms


_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _strip_markdown(text: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"[*_`]{1,3}", "", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def split_passages(article: Article, max_words: int = 90) -> list[Passage]:
    """The article's retrievable pieces: one per paragraph group under a heading, one per table row."""
    passages: list[Passage] = []
    heading = ""
    buffer: list[str] = []

    def flush() -> None:
        text = _strip_markdown("\n".join(buffer)).strip()
        buffer.clear()
        if not text:
            return
        chunk: list[str] = []
        for paragraph in re.split(r"\n\s*\n", text):
            chunk.append(paragraph.strip())
            if sum(len(p.split()) for p in chunk) >= max_words:
                passages.append(Passage(article.id, article.title, heading, "\n".join(chunk), article.language))
                chunk = []
        if chunk:
            passages.append(Passage(article.id, article.title, heading, "\n".join(chunk), article.language))

    lines = article.body.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        match = re.match(r"^(#{1,6})\s+(.*)$", line)
        if match:
            flush()
            heading = _strip_markdown(match.group(2))
            if match.group(1) == "#" and heading == article.title:
                heading = ""
            i += 1
            continue
        if "|" in line and i + 1 < len(lines) and _TABLE_SEPARATOR.match(lines[i + 1]):
            flush()
            header = _cells(line)
            i += 2
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                cells = _cells(lines[i])
                row = " · ".join(f"{h}: {_strip_markdown(c)}" for h, c in zip(header, cells, strict=False) if c)
                passages.append(Passage(article.id, article.title, heading, row, article.language, "table_row"))
                i += 1
            continue
        buffer.append(line)
        i += 1
    flush()
    if not passages:
        passages.append(Passage(article.id, article.title, "", article.title, article.language))
    for question in article.questions:  # alternative phrasings: found like passages, answered from the text
        passages.append(Passage(article.id, article.title, "", question, article.language, "question"))
    return passages
