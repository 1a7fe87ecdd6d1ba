"""The EU AI Act risk questionnaire: a branching list of yes/no questions, each with the
article behind it. Plain logic: `evaluate(answers)` walks the questions in order —
Art. 5 prohibited practices, then high risk (Art. 6(1) / Annex III, with the Art. 6(3)
exception), then the Art. 50 transparency cases — and stops at the first answer that
decides the class; if nothing applies the system is minimal risk.

`classify()` (the Django part) stores the run with who and when, updates the registry
through `services.update_system` (so the change is logged) and remembers a fingerprint of
what the answers were about; when the purpose, model, data categories or provider
change later, `is_stale()` says the questionnaire must be asked again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

PROHIBITED, HIGH, LIMITED, MINIMAL = "prohibited", "high", "limited", "minimal"


@dataclass(frozen=True)
class Outcome:
    """Where an answer leads: the next question, or a result; with the article that says so."""

    article: str
    explanation: object
    next: str | None = None
    result: str | None = None


@dataclass(frozen=True)
class Question:
    id: str
    stage: str
    text: object
    article: str
    yes: Outcome
    no: Outcome
    help: object = ""


def _chain(ids: list[str], stage: str, items: list[tuple], after: str | None, result_on_yes: str | None,
           yes_next: str | None = None, final_no_result: str | None = None) -> dict[str, Question]:
    """Builds a run of questions where 'yes' decides (or jumps) and 'no' goes on to the next."""
    questions = {}
    for index, (qid, text, article, yes_expl, no_expl) in enumerate(items):
        following = ids[index + 1] if index + 1 < len(ids) else after
        no = Outcome(article, no_expl, next=following, result=final_no_result if following is None else None)
        yes = Outcome(article, yes_expl, next=yes_next, result=result_on_yes)
        questions[qid] = Question(qid, stage, text, article, yes, no)
    return questions


_PROHIBITED_ITEMS = [
    ("p_manipulation", _("Does the system use subliminal, purposefully manipulative or deceptive techniques that "
                         "materially distort people's behaviour in a way that causes or is likely to cause "
                         "significant harm?"), "Art. 5(1)(a)",
     _("Manipulative techniques causing significant harm are prohibited."), _("No manipulative techniques.")),
    ("p_vulnerability", _("Does it exploit vulnerabilities of people due to their age, disability or social or "
                          "economic situation, distorting their behaviour and causing significant harm?"),
     "Art. 5(1)(b)", _("Exploiting vulnerable groups is prohibited."), _("Does not exploit vulnerabilities.")),
    ("p_social_scoring", _("Does it evaluate or classify people over time by their social behaviour or personal "
                           "characteristics (social scoring), leading to unjustified or unrelated detrimental "
                           "treatment?"), "Art. 5(1)(c)",
     _("Social scoring is prohibited."), _("No social scoring.")),
    ("p_crime_prediction", _("Does it assess the risk that a person will commit a crime based solely on profiling "
                             "or personality traits?"), "Art. 5(1)(d)",
     _("Predicting crime from profiling alone is prohibited."), _("No crime prediction from profiling.")),
    ("p_face_scraping", _("Does it create or expand facial recognition databases by untargeted scraping of images "
                          "from the internet or CCTV?"), "Art. 5(1)(e)",
     _("Untargeted scraping of facial images is prohibited."), _("No facial image scraping.")),
    ("p_emotion_work", _("Does it infer the emotions of people at the workplace or in education (other than for "
                         "medical or safety reasons)?"), "Art. 5(1)(f)",
     _("Emotion recognition at work or in education is prohibited."), _("No emotion recognition at work.")),
    ("p_biometric_categorisation", _("Does it categorise people by biometric data to infer race, political "
                                     "opinions, trade union membership, religion, sex life or sexual "
                                     "orientation?"), "Art. 5(1)(g)",
     _("Biometric categorisation of sensitive traits is prohibited."), _("No sensitive biometric categorisation.")),
    ("p_realtime_biometric", _("Is it used for real-time remote biometric identification in publicly accessible "
                               "spaces for law enforcement?"), "Art. 5(1)(h)",
     _("Real-time remote biometric identification for law enforcement is prohibited (narrow exceptions)."),
     _("No real-time remote biometric identification.")),
]

_HIGH_ITEMS = [
    ("h_product_safety", _("Is the system a product, or the safety component of a product, covered by the EU "
                           "harmonisation legislation in Annex I (machinery, toys, lifts, medical devices, …) that "
                           "needs a third-party conformity assessment?"), "Art. 6(1), Annex I",
     _("Safety components of regulated products are high risk."), _("Not a regulated product's safety component.")),
    ("h_biometrics", _("Is it used for remote biometric identification, biometric categorisation or emotion "
                       "recognition (where permitted)?"), "Art. 6(2), Annex III(1)",
     _("Biometric systems are listed in Annex III(1)."), _("No biometrics.")),
    ("h_infrastructure", _("Is it a safety component in the management or operation of critical infrastructure, "
                           "road traffic, or the supply of water, gas, heating or electricity?"),
     "Art. 6(2), Annex III(2)", _("Critical infrastructure is listed in Annex III(2)."),
     _("Not critical infrastructure.")),
    ("h_education", _("Does it decide admission to education, evaluate learning outcomes, assign the level of "
                      "education or monitor students during tests?"), "Art. 6(2), Annex III(3)",
     _("Education and vocational training are listed in Annex III(3)."), _("Not used in education.")),
    ("h_employment", _("Is it used for recruitment or selection (advertising jobs, filtering applications, "
                       "evaluating candidates), or for decisions on promotion, termination, task allocation or "
                       "monitoring and evaluating the performance and behaviour of workers?"),
     "Art. 6(2), Annex III(4)", _("Employment and workers management are listed in Annex III(4)."),
     _("Not used for employment decisions or worker monitoring.")),
    ("h_essential_services", _("Does it evaluate eligibility for public benefits, creditworthiness or credit scores "
                               "of people (other than to detect fraud), price life or health insurance, or triage "
                               "emergency calls?"), "Art. 6(2), Annex III(5)",
     _("Access to essential private and public services is listed in Annex III(5)."),
     _("Not used for access to essential services.")),
    ("h_public_authority", _("Is it used in law enforcement, migration, asylum or border control, the "
                             "administration of justice, or to influence elections and voting?"),
     "Art. 6(2), Annex III(6)–(8)", _("Law enforcement, migration, justice and democratic processes are listed in "
                                      "Annex III(6)–(8)."), _("Not used by or for public authorities' listed tasks.")),
]

_EXCEPTION = Question(
    "h_exception", "high",
    _("Does the system only perform a narrow procedural task, improve the result of a finished human activity, "
      "detect patterns in decisions without replacing human assessment, or do a preparatory task — and does it "
      "NOT profile people?"),
    "Art. 6(3)",
    Outcome("Art. 6(3)", _("The Art. 6(3) exception applies: not high risk, but document this assessment and keep "
                           "it for the authorities (Art. 6(4))."), next="t_interaction"),
    Outcome("Art. 6(3)", _("The exception does not apply: the Annex III use makes it high risk."), result=HIGH),
)

_TRANSPARENCY_ITEMS = [
    ("t_interaction", _("Does the system interact directly with people, e.g. a chat assistant or a voice bot?"),
     "Art. 50(1)", _("People must be told they are interacting with an AI system."), _("No direct interaction.")),
    ("t_synthetic", _("Does it generate synthetic audio, image, video or text content?"), "Art. 50(2)",
     _("Synthetic content must be marked as artificially generated."), _("Generates no synthetic content.")),
    ("t_emotion", _("Is it an emotion recognition or biometric categorisation system (where permitted)?"),
     "Art. 50(3)", _("People exposed to it must be informed."), _("No emotion recognition.")),
    ("t_deepfake", _("Does it create deep fakes, or text published to inform the public on matters of public "
                     "interest?"), "Art. 50(4)", _("Deep fakes and such texts must be disclosed as AI-generated."),
     _("No deep fakes or public-interest texts.")),
]

QUESTIONS: dict[str, Question] = {}
QUESTIONS.update(_chain([q[0] for q in _PROHIBITED_ITEMS], "prohibited", _PROHIBITED_ITEMS, "h_product_safety",
                        PROHIBITED))
_high = _chain([q[0] for q in _HIGH_ITEMS], "high", _HIGH_ITEMS, "t_interaction", None, yes_next="h_exception")
# A regulated product's safety component is high risk outright; the Art. 6(3) exception is for Annex III only.
_high["h_product_safety"] = Question(
    "h_product_safety", "high", _HIGH_ITEMS[0][1], _HIGH_ITEMS[0][2],
    Outcome(_HIGH_ITEMS[0][2], _HIGH_ITEMS[0][3], result=HIGH), _high["h_product_safety"].no)
QUESTIONS.update(_high)
QUESTIONS[_EXCEPTION.id] = _EXCEPTION
QUESTIONS.update(_chain([q[0] for q in _TRANSPARENCY_ITEMS], "transparency", _TRANSPARENCY_ITEMS, None, LIMITED,
                        final_no_result=MINIMAL))
FIRST = "p_manipulation"
STAGES = {"prohibited": _("Prohibited practices (Art. 5)"), "high": _("High risk (Art. 6, Annex I and III)"),
          "transparency": _("Transparency (Art. 50)")}
RESULT_ARTICLES = {PROHIBITED: "Art. 5", HIGH: "Art. 6", LIMITED: "Art. 50",
                   MINIMAL: "Art. 95 (voluntary codes of conduct)"}


@dataclass
class Evaluation:
    """How far the answers go: the steps taken, and either a result or the next question."""

    steps: list[dict] = field(default_factory=list)
    result: str | None = None
    next_question: Question | None = None

    @property
    def complete(self) -> bool:
        return self.result is not None

    def rationale(self) -> str:
        lines = [f"{step['article']}: {step['explanation']}" for step in self.steps if step["answer"] or
                 step["decisive"]]
        skipped = [step["article"] for step in self.steps if not step["answer"] and not step["decisive"]]
        summary = []
        if skipped:
            summary.append(str(_("Answered no: %(articles)s.")) % {"articles": "; ".join(skipped)})
        summary.extend(lines)
        if self.result:
            summary.append(str(_("Result: %(result)s (%(article)s).")) % {
                "result": self.result, "article": RESULT_ARTICLES[self.result]})
        return "\n".join(summary)


def parse_answer(value) -> bool | None:
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in {"yes", "ja", "true", "1", "y", "j"}:
        return True
    if text in {"no", "nei", "false", "0", "n"}:
        return False
    return None


def evaluate(answers: dict) -> Evaluation:
    """Walks the questionnaire with `answers` ({question id: yes/no}); stops at a result or
    at the first question not yet answered. Answers to questions off the path are ignored."""
    evaluation = Evaluation()
    current: str | None = FIRST
    while current is not None:
        question = QUESTIONS[current]
        answer = parse_answer(answers.get(current))
        if answer is None:
            evaluation.next_question = question
            return evaluation
        outcome = question.yes if answer else question.no
        evaluation.steps.append({"question": question.id, "answer": answer, "article": outcome.article,
                                 "explanation": str(outcome.explanation), "decisive": outcome.result is not None})
        if outcome.result is not None:
            evaluation.result = outcome.result
            return evaluation
        current = outcome.next
    return evaluation


def fingerprint(system) -> str:
    """What a classification is about; when it changes, the questionnaire must be asked again."""
    parts = [system.purpose.strip(), system.model_name.strip(), "|".join(sorted(system.data_categories or [])),
             system.provider.strip()]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


# --- Django side ---------------------------------------------------------------------------


class ClassificationIncomplete(ValueError):
    pass


def latest_assessment(system):
    return system.assessments.select_related("assessed_by").first()


def is_stale(system) -> bool:
    """True when the system changed since it was last classified by the questionnaire.
    A built-in system that was never assessed keeps its declared classification until its
    declaration (purpose, model, data categories) changes from what was first seen."""
    assessment = latest_assessment(system)
    if assessment is not None:
        return assessment.fingerprint != fingerprint(system)
    if not system.built_in:
        return True
    from fornuft.governance.models import SystemKind, SystemProfile

    profile, _created = SystemProfile.objects.for_organization(system.organization_id).get_or_create(
        organization_id=system.organization_id, system=system,
        defaults={"kind": SystemKind.BUILT_IN, "classification_fingerprint": fingerprint(system)})
    if not profile.classification_fingerprint:
        profile.classification_fingerprint = fingerprint(system)
        profile.save(update_fields=["classification_fingerprint"])
    return profile.classification_fingerprint != fingerprint(system)


def classify(system, answers: dict, user):
    """Stores a completed questionnaire and applies its class to the registry (logged)."""
    from django.db import transaction

    from fornuft.governance import services
    from fornuft.governance.models import RiskAssessment

    evaluation = evaluate(answers)
    if not evaluation.complete or evaluation.next_question is not None:
        question = evaluation.next_question.text if evaluation.next_question is not None else ""
        raise ClassificationIncomplete(str(_("Answer the question “%(question)s” first.")) % {"question": question})
    rationale = evaluation.rationale()
    with transaction.atomic():
        assessment = RiskAssessment.objects.create(
            organization_id=system.organization_id, system=system,
            answers={step["question"]: step["answer"] for step in evaluation.steps},
            path=evaluation.steps, result=evaluation.result, rationale=rationale, assessed_by=user,
            fingerprint=fingerprint(system),
        )
        services.update_system(system, user, risk_class=evaluation.result, risk_rationale=rationale)
    return assessment
