"""The answering engine: one customer message + the conversation so far → a reply.

Plain Python (no Django) so the CLI, the web app and the benchmarks run the same code:

    kb = KnowledgeBase.from_folder("kb/")
    reply = Assistant(kb).reply("Hva koster energimerking?", history=[])

Answers come only from knowledge-base passages (the sources are the article ids); when no
passage is good enough it says so and escalates ("no_answer"). It also escalates when the
customer asks for a person, is frustrated, or raises a sensitive topic.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from fornuft.assistant import understanding
from fornuft.assistant.kb import Article, Passage, load_folder, split_passages
from fornuft.ml import stemming
from fornuft.ml.sentiment import lexicon_sentiment
from fornuft.ml.stemming import fold

MAX_MESSAGE_CHARS = 4000
ESCALATION_REASONS = ("no_answer", "asked_for_human", "negative_sentiment", "sensitive_topic")

TEXTS = {
    "nb": {
        "empty": "Skriv gjerne spørsmålet ditt, så skal jeg prøve å hjelpe.",
        "too_long": "Meldingen er for lang for meg ({length} tegn). Skriv gjerne spørsmålet kort "
                    "(under {limit} tegn), så hjelper jeg deg videre.",
        "greeting": "Hei! Hva kan jeg hjelpe deg med?",
        "thanks": "Bare hyggelig! Er det noe mer jeg kan hjelpe med?",
        "goodbye": "Ha en fin dag!",
        "no_answer": "Det vet jeg dessverre ikke sikkert, og jeg vil ikke gjette.",
        "asked_for_human": "Selvsagt, jeg setter deg over til en av våre medarbeidere.",
        "negative_sentiment": "Jeg beklager at dette har vært frustrerende. Jeg setter deg over til en av "
                              "våre medarbeidere.",
        "sensitive_topic": "Dette er en sak en av våre medarbeidere bør ta seg av personlig. Jeg setter deg over.",
        "next_step": "En medarbeider følger opp saken din så snart som mulig.",
        "choose": "Jeg fant flere artikler som kan passe. Hvilken mener du?",
        "source": "Kilde",
    },
    "en": {
        "empty": "Please write your question and I will try to help.",
        "too_long": "Your message is too long for me ({length} characters). Please ask your question briefly "
                    "(under {limit} characters) and I will help you further.",
        "greeting": "Hello! How can I help you?",
        "thanks": "You're welcome! Is there anything else I can help with?",
        "goodbye": "Have a nice day!",
        "no_answer": "I'm sorry, I don't know that for certain, and I won't guess.",
        "asked_for_human": "Of course, I'll pass you on to one of our staff.",
        "negative_sentiment": "I'm sorry this has been frustrating. I'll pass you on to one of our staff.",
        "sensitive_topic": "This is something one of our staff should handle personally. I'll pass you on.",
        "next_step": "A member of our staff will follow up as soon as possible.",
        "choose": "I found several articles that may fit. Which one do you mean?",
        "source": "Source",
    },
}

_FOLLOW_UP = re.compile(r"^(og|men|hva med|enn|and|but|what about|how about)\b|\b(det|den|dette|denne|disse|de|"
                        r"dem|der|it|its|that|this|those|these|they|them|there)\b")
_ORDINALS = [
    (0, r"\b(den|det|nummer|nr\.?|alternativ) (foerste|1)\b|\bfoerste\b|\bthe first\b|\bfirst one\b|^1\W*$|"
        r"\bnumber (one|1)\b|\boption (1|one)\b"),
    (1, r"\b(den|det|nummer|nr\.?|alternativ) (andre|2)\b|\bandre (alternativ|artikkel)|\bthe second\b|"
        r"\bsecond one\b|^2\W*$|\bnumber (two|2)\b|\boption (2|two)\b"),
    (2, r"\b(den|det|nummer|nr\.?|alternativ) (tredje|3)\b|\btredje\b|\bthe third\b|\bthird one\b|^3\W*$|"
        r"\bnumber (three|3)\b|\boption (3|three)\b"),
]


# The default of the registry's threshold for assistant.answer (declared in ai_systems.py).
# Confidence is the per-base calibrated score (calibration.py), which puts the old raw-score
# line 0.40 at 0.32. Requests and `assistant ask` both take the registry's value; this is the
# default for a knowledge base outside any organization.
DEFAULT_ANSWER_THRESHOLD = 0.32


@dataclass
class Settings:
    answer_threshold: float = DEFAULT_ANSWER_THRESHOLD
    frustration_threshold: float = 0.6
    choice_margin: float = 0.03        # top articles this close → ask which one
    max_message_chars: int = MAX_MESSAGE_CHARS


@dataclass
class Turn:
    role: str                      # customer | assistant | agent
    text: str
    sources: list[str] = field(default_factory=list)
    options: list[str] = field(default_factory=list)
    query: str = ""                # the resolved query a customer turn was answered with
    language: str = ""
    frustration: float = 0.0
    escalated: bool = False


@dataclass
class Reply:
    answer: str
    sources: list[str]
    intent: str | None
    sentiment: str
    escalate: bool
    escalation_reason: str | None
    confidence: float
    language: str
    frustration: float = 0.0
    sensitive_topic: str | None = None
    resolved_query: str = ""
    options: list[str] = field(default_factory=list)
    passages: list[dict] = field(default_factory=list)
    suggested_articles: list[str] = field(default_factory=list)
    notice: str | None = None        # empty | too_long: input problems the UI may show

    def contract(self) -> dict:
        """The stable JSON of `fornuft assistant ask --json`."""
        return {"answer": self.answer, "sources": self.sources, "intent": self.intent, "sentiment": self.sentiment,
                "escalate": self.escalate, "escalation_reason": self.escalation_reason,
                "confidence": round(float(self.confidence), 3), "language": self.language}

    def as_dict(self) -> dict:
        return asdict(self)


class KnowledgeBase:
    """Articles, their passages and the fitted hybrid index."""

    rank_by_confidence = 0.5
    title_share = 0.1    # how much matching the article's title counts next to its text

    def __init__(self, articles: list[Article], synonyms: list[list[str]] | None = None):
        from fornuft.config.environment import flag
        from fornuft.ml.retrieval import HybridRetriever, general_lexicon

        # Whether the search's top articles are put in the order the base's own reranker learned
        # (reranker.py; fitted with the calibration). Off: the search's fixed blend of scores decides.
        # Off unless FORNUFT_ASSISTANT_RERANKER is set: on the validation set it was neutral
        # (2026-12-07, docs/benchmarks/assistant.md, issue 11 part 6), and it adds to the fit on import.
        self.use_reranker = flag("FORNUFT_ASSISTANT_RERANKER", default=False)
        self._fitting = False          # while the calibration is being fitted: the reranker it fitted first
        self._reranker_in_fit = None
        self.articles = {a.id: a for a in articles}
        self.passages: list[Passage] = [p for a in articles for p in split_passages(a)]
        self.retriever = HybridRetriever(synonyms=general_lexicon() + list(synonyms or [])).fit(
            [p.index_text() for p in self.passages], [p.language for p in self.passages],
            [p.article_id for p in self.passages])
        self._by_article: dict[str, list[int]] = {}
        for i, passage in enumerate(self.passages):
            self._by_article.setdefault(passage.article_id, []).append(i)
        # The whole article as one document: a question whose words are spread over several
        # sections ("employee on a course, overnight stay, meals") is covered by the article as a
        # whole though no single passage holds them all.
        self._article_order = list(self.articles)
        # Title terms as an inverted index (term → articles with its share of their title), so a
        # question costs its own terms, not a pass over every article.
        self._titles_by_term: dict[str, list[tuple[str, float]]] = {}
        for article_id, article in self.articles.items():
            terms = self._terms_of_title(article)
            total = sum(terms.values())
            for term, weight in terms.items():
                if total > 0:
                    self._titles_by_term.setdefault(term, []).append((article_id, weight / total))
        # The language most articles are written in: a question in the other language often asks for
        # what only the main-language articles hold (a Norwegian firm with a few English pages).
        languages = [a.language for a in articles]
        self.main_language = max(sorted(set(languages)), key=languages.count) if languages else "nb"
        self.article_retriever = HybridRetriever(synonyms=self.retriever.synonyms).fit(
            [whole_text(self.articles[a]) for a in self._article_order],
            [self.articles[a].language for a in self._article_order])

    _calibration = None

    @property
    def calibration(self):
        """The base's own score calibration (fitted once per base content from pseudo-questions,
        kept under FORNUFT_HOME): raw match → confidence in 0..1 for the registry threshold."""
        if self._calibration is None:
            from fornuft.assistant.calibration import cached_calibration

            self._calibration = cached_calibration(self)
        return self._calibration

    @classmethod
    def from_folder(cls, path) -> KnowledgeBase:
        """The articles in `path`, with its synonym lists and the glossary named by FORNUFT_GLOSSARY
        (industry packs or CSV files; none when unset)."""
        from fornuft.glossary.terms import from_environment

        articles, synonyms = load_folder(path)
        return cls(articles, synonyms + from_environment().synonym_groups())

    @property
    def reranker(self):
        """The base's fitted reranker, or None (not wanted, not fitted: the search's order stands)."""
        if not self.use_reranker:
            return None
        if self._fitting:
            return self._reranker_in_fit
        if self._calibration is not None:
            return getattr(self._calibration, "reranker", None)
        return self._reranker_in_fit

    def search(self, query: str, k: int = 8, article_ids: list[str] | None = None, language: str | None = None,
               other_language_weight: float = 0.75, rerank: bool = True):
        """The best passages; with `language`, passages in another language weigh a little less
        (a customer writing English gets the English article when there is one). The top articles
        are then ordered by the base's reranker when it has one (`rerank=False`: never)."""
        hits, titles, whole = self.search_parts(query, k, article_ids, language, other_language_weight)
        reranker = self.reranker if rerank else None
        if reranker is not None:
            hits = reranker.order(self, query, hits, titles, whole)
        return hits[:k]

    def search_parts(self, query: str, k: int = 8, article_ids: list[str] | None = None,
                     language: str | None = None, other_language_weight: float = 0.75):
        """The search's candidates in its own order (more than `k`), with the title and
        whole-article scores of each article it blended in (the reranker reads them too)."""
        mask = None
        if article_ids:
            wanted = set(article_ids)
            mask = [p.article_id in wanted for p in self.passages]
        hits = self.retriever.search(query, k=max(k * 5, 40), mask=mask)
        if language is not None and language != self.main_language and hits:
            hits = self._other_language_fair(hits, language)

        def weighted(hit):
            same = language is None or self.passages[hit.index].language == language
            # Rank by relevance and by how much of the question the passage covers.
            blended = (1 - self.rank_by_confidence) * hit.score + self.rank_by_confidence * confidence_of(hit)
            return blended * (1.0 if same else other_language_weight)
        hits = [replace(h, score=weighted(h)) for h in hits]
        hits = self._fuse(hits)
        whole = self._article_scores(query)
        share = self.article_share
        hits = [replace(h, score=(1 - share) * h.score + share * whole.get(self.passages[h.index].article_id, 0.0))
                for h in hits]
        titles = self._title_scores(query) if self.title_share else {}
        if self.title_share:
            hits = [replace(h, score=h.score + self.title_share * titles.get(self.passages[h.index].article_id, 0.0))
                    for h in hits]
        hits.sort(key=lambda h: -h.score)
        return hits, titles, whole

    def _other_language_fair(self, hits, language: str):
        """For a question in the base's minority language: character n-grams cannot match a passage
        in the other language ("holiday pay" ↔ "feriepenger"), so for such a passage the words found
        through the bilingual lexicon stand in for them: its character similarity counts as what
        its word coverage would give. Otherwise an English question whose answer is only in a
        Norwegian article is pulled to an English article on another topic (ranking and confidence
        both read the similarity). Not for questions in the main language: their answer is nearly
        always in an article of their own language, and an other-language neighbour trusted as much
        answered questions the base cannot answer (2026-12-07, issue 11 part 8)."""
        return [replace(hit, char=max(hit.char, CHAR_FULL * hit.coverage))
                if self.passages[hit.index].language != language else hit for hit in hits]

    def _terms_of_title(self, article: Article) -> dict[str, float]:
        """The title's stems and the parts of its compounds, with their IDF: a title names the
        topic in the base's own words, so a question naming them is about that article."""
        retriever = self.retriever
        found: dict[str, float] = {}
        for term in stemming.terms(article.title, article.language):
            for t in (term, *retriever.compound_parts(term)):
                if t in retriever.vocabulary_:
                    found[t] = float(retriever.idf_[retriever.vocabulary_[t]])
        return found

    def _title_scores(self, query: str) -> dict[str, float]:
        """Each article's IDF-weighted share of title terms the query reaches (through its words,
        synonyms and compound parts)."""
        scores: dict[str, float] = {}
        for term in self.retriever.query_terms(query):
            for article_id, share in self._titles_by_term.get(term, ()):
                scores[article_id] = scores.get(article_id, 0.0) + share
        return scores

    question_share = 0.3
    article_share = 0.2   # how much the whole article's match counts next to its best passage

    def _article_scores(self, query: str) -> dict[str, float]:
        """Each article's match as a whole: relevance blended with how much of the query it covers."""
        found = self.article_retriever.search(query, k=len(self._article_order))
        return {self._article_order[h.index]: 0.5 * h.score + 0.5 * h.coverage for h in found}

    def _fuse(self, hits):
        """A question passage (an alternative phrasing) shares the question's frame words with
        many articles ("how long does … take"); its score is averaged with the article's best
        text passage, and a text passage is lifted by its article's best matching question."""
        best: dict[tuple[str, bool], float] = {}
        for hit in hits:
            passage = self.passages[hit.index]
            key = (passage.article_id, passage.kind == "question")
            best[key] = max(best.get(key, 0.0), hit.score)
        share = self.question_share
        fused = []
        for hit in hits:
            passage = self.passages[hit.index]
            if passage.kind == "question":
                score = (1 - share) * hit.score + share * best.get((passage.article_id, False), 0.0)
            elif (passage.article_id, True) in best:
                score = (1 - share) * hit.score + share * max(hit.score, best[(passage.article_id, True)])
            else:
                score = hit.score
            fused.append(replace(hit, score=score))
        return fused


def whole_text(article: Article) -> str:
    """An article's title (twice: it names the topic) and its text, for the article-level index."""
    return f"{article.title}. {article.title}. {article.body}"


CHAR_FULL = 0.45   # a character similarity this high counts as a full match in confidence_of


def confidence_of(hit) -> float:
    """How sure the top passage answers the query: word coverage and n-gram similarity."""
    return max(0.0, min(1.0, 0.6 * hit.coverage + 0.4 * min(1.0, hit.char / CHAR_FULL)))


class Assistant:
    def __init__(self, kb: KnowledgeBase, settings: Settings | None = None, intent_model=None,
                 next_step: dict[str, str] | None = None):
        self.kb = kb
        self.settings = settings or Settings()
        self.intent_model = intent_model      # optional: .predict_one(text) -> (label|None, confidence)
        self.next_step = next_step or {}      # language → what happens after a hand-off

    # -- helpers --------------------------------------------------------------------------------
    def _text(self, language: str, key: str, **kwargs) -> str:
        return TEXTS.get(language, TEXTS["nb"])[key].format(**kwargs)

    def _language(self, message: str, history: list[Turn]) -> str:
        previous = next((t.language for t in reversed(history) if t.role == "customer" and t.language), None)
        if len(re.findall(r"\w+", message)) < 3 and previous:
            found = understanding.detect_language(message, default=previous)
            return found if len(re.findall(r"\w+", message)) >= 2 else previous
        return understanding.detect_language(message, default=previous or "nb")

    def _ordinal(self, message: str) -> int | None:
        folded = fold(message).strip()
        if len(folded.split()) > 8:
            return None
        for index, pattern in _ORDINALS:
            if re.search(pattern, folded):
                return index
        return None

    def _intent(self, text: str, top_article: str | None) -> str | None:
        if self.intent_model is not None:
            label, _confidence = self.intent_model.predict_one(text)
            if label:
                return label
        if top_article and top_article in self.kb.articles:
            tags = self.kb.articles[top_article].tags
            return tags[0] if tags else top_article
        return None

    def _answer_hits(self, hits, query: str):
        """Question passages (alternative phrasings) only point to an article: the answer is the
        article's passage that fits the query best (its first passage when none matches)."""
        if self.kb.passages[hits[0].index].kind != "question":
            return [h for h in hits if self.kb.passages[h.index].kind != "question"]
        article_id = self.kb.passages[hits[0].index].article_id
        own = {i for i in self.kb._by_article[article_id] if self.kb.passages[i].kind != "question"}
        found = self.kb.retriever.search(query, k=3, mask=[i in own for i in range(len(self.kb.passages))])
        if not found:
            first = min(own) if own else hits[0].index
            found = [replace(hits[0], index=first)]
        return [replace(h, score=hits[0].score * h.score) for h in found]

    def _compose(self, hits, language: str, query: str = "") -> tuple[str, list[str], list[dict]]:
        """The answer text from the best passage (and a close second from the same article)."""
        hits = self._answer_hits(hits, query)
        best = hits[0]
        passage = self.kb.passages[best.index]
        chosen = [best]
        for hit in hits[1:3]:
            other = self.kb.passages[hit.index]
            if other.article_id == passage.article_id and hit.score >= 0.85 * best.score and other.kind == passage.kind:
                chosen.append(hit)
        parts = []
        for hit in chosen:
            p = self.kb.passages[hit.index]
            parts.append(p.text if p.kind == "text" or not p.heading else f"{p.heading}: {p.text}")
        article = self.kb.articles[passage.article_id]
        answer = "\n\n".join(parts) + f"\n\n{self._text(language, 'source')}: {article.title}"
        details = [{"article_id": self.kb.passages[h.index].article_id, "heading": self.kb.passages[h.index].heading,
                    "text": self.kb.passages[h.index].text, "score": round(h.score, 3)} for h in chosen]
        return answer, [passage.article_id], details

    # -- the turn ---------------------------------------------------------------------------------
    def reply(self, message: str, history: list[Turn] | None = None) -> Reply:
        history = history or []
        text = re.sub(r"<[^>]{0,200}>", " ", message or "")       # markup is not part of the question
        text = re.sub(r"\s+", " ", text).strip()
        previous_language = next((t.language for t in reversed(history) if t.language), "nb")
        if not text or not re.search(r"\w", text):
            return Reply(self._text(previous_language, "empty"), [], None, "neutral", False, None, 0.0,
                         previous_language, notice="empty")
        if len(text) > self.settings.max_message_chars:
            language = understanding.detect_language(text[:2000], default=previous_language)
            return Reply(self._text(language, "too_long", length=len(text), limit=self.settings.max_message_chars),
                         [], None, "neutral", False, None, 0.0, language, notice="too_long")
        language = self._language(text, history)
        mood = lexicon_sentiment(text)
        earlier = [t for t in history if t.role == "customer"]
        frustration = mood.frustration
        if earlier and earlier[-1].frustration >= 0.3 and mood.label == "negative":
            frustration = min(1.0, frustration + 0.5 * earlier[-1].frustration)   # it builds up
        sensitive = understanding.sensitive_topic(text)
        wants_human = understanding.asks_for_human(text)
        chat = understanding.small_talk(text)

        base: dict[str, Any] = dict(sentiment=mood.label, language=language, frustration=frustration,
                                    sensitive_topic=sensitive)
        if chat and not (sensitive or wants_human):
            return Reply(self._text(language, chat), [], chat, confidence=1.0, escalate=False,
                         escalation_reason=None, resolved_query=text, **base)

        query, restrict, ordinal_pick = self._resolve(text, history)
        _ = self.kb.calibration   # loaded (or fitted) first: it brings the base's reranker for the search
        hits = self.kb.search(query, k=8, article_ids=restrict, language=language)
        if restrict and not ordinal_pick:
            # A follow-up: the same article, or the whole base with the topic added — whichever fits better.
            topic = " ".join(self.kb.articles[a].title for a in restrict if a in self.kb.articles)
            # The follow-up's own words are the new information: candidates must match them,
            # the topic of the conversation then picks among them.
            own = [h.index for h in self.kb.search(text, k=40) if h.coverage > 0]
            wider = []
            if own:
                chosen = set(own)
                wider = self.kb.retriever.search(f"{text} {topic}", k=8,
                                                 mask=[i in chosen for i in range(len(self.kb.passages))])
            same_ok = hits and hits[0].coverage > 0
            if wider and (not same_ok or confidence_of(wider[0]) > confidence_of(hits[0]) + 0.05):
                query, restrict, hits = f"{text} {topic}", None, wider
        confidence = self.kb.calibration.confidence(self.kb, query, hits)
        previous_query = earlier[-1].query if earlier else ""
        if previous_query and not ordinal_pick and confidence < self.settings.answer_threshold:
            # Weak on its own ("og hva koster det?", "which days?"): read it together with the
            # question before; keep whichever reading the base answers with more confidence.
            joined = f"{previous_query} {text}"
            joined_hits = self.kb.search(joined, k=8, language=language)
            joined_confidence = self.kb.calibration.confidence(self.kb, joined, joined_hits)
            if joined_confidence > confidence:
                query, restrict, hits, confidence = joined, None, joined_hits, joined_confidence
        if ordinal_pick and hits:
            confidence = max(confidence, 0.8)
        suggested = list(dict.fromkeys(self.kb.passages[h.index].article_id for h in hits))[:3]
        top_article = suggested[0] if suggested else None

        reason = ("sensitive_topic" if sensitive else "asked_for_human" if wants_human
                  else "negative_sentiment" if frustration >= self.settings.frustration_threshold
                  else "no_answer" if confidence < self.settings.answer_threshold else None)
        intent = self._intent(text, top_article if confidence >= self.settings.answer_threshold else None)
        if reason:
            lead = self._text(language, reason)
            next_step = self.next_step.get(language) or self._text(language, "next_step")
            return Reply(f"{lead} {next_step}", [], intent, escalate=True, escalation_reason=reason,
                         confidence=round(confidence, 3), resolved_query=query, suggested_articles=suggested, **base)

        options = self._close_alternatives(hits)
        if len(options) > 1 and not restrict:
            titles = "\n".join(f"{i + 1}. {self.kb.articles[a].title}" for i, a in enumerate(options))
            return Reply(f"{self._text(language, 'choose')}\n{titles}", list(options), intent, escalate=False,
                         escalation_reason=None, confidence=round(confidence, 3), resolved_query=query,
                         options=options, suggested_articles=suggested, **base)
        answer, sources, details = self._compose(hits, language, query)
        return Reply(answer, sources, intent, escalate=False, escalation_reason=None, confidence=round(confidence, 3),
                     resolved_query=query, passages=details, suggested_articles=suggested, **base)

    def _close_alternatives(self, hits) -> list[str]:
        """Articles whose best passage scores nearly as well as the top one (ambiguous question)."""
        if not hits:
            return []
        best = confidence_of(hits[0]) + hits[0].score
        options: list[str] = []
        for hit in hits:
            article_id = self.kb.passages[hit.index].article_id
            if article_id in options:
                continue
            if best - (confidence_of(hit) + hit.score) <= self.settings.choice_margin:
                options.append(article_id)
        return options[:3]

    def _resolve(self, text: str, history: list[Turn]) -> tuple[str, list[str] | None, bool]:
        """The query to search with: follow-ups borrow the topic of the conversation so far."""
        last_bot = next((t for t in reversed(history) if t.role == "assistant"), None)
        last_customer = next((t for t in reversed(history) if t.role == "customer"), None)
        ordinal = self._ordinal(text)
        if ordinal is not None and last_bot and last_bot.options and ordinal < len(last_bot.options):
            picked = last_bot.options[ordinal]
            earlier = last_customer.query if last_customer else ""
            return f"{earlier} {self.kb.articles[picked].title}".strip(), [picked], True
        folded = fold(text)
        content_words = [w for w in re.findall(r"\w+", folded) if len(w) > 2]
        # A one-word message right after an answer ("which days?", "pris?") names no topic of
        # its own: it is about the article just shown, whatever words it uses.
        elliptic = len([w for w in stemming.words(text) if not stemming._is_stopword(w)]) <= 1
        if last_bot and last_bot.sources and len(content_words) <= 7 and (_FOLLOW_UP.search(folded) or elliptic):
            return text, list(last_bot.sources), False
        return text, None, False
