import json
import sys

import click


@click.group(name="assistant")
def group() -> None:
    """The customer-service assistant."""


def _knowledge_base(kb: str):
    from fornuft.assistant.engine import KnowledgeBase
    from fornuft.assistant.kb import KnowledgeBaseError

    try:
        return KnowledgeBase.from_folder(kb)
    except KnowledgeBaseError as exc:
        raise click.ClickException(str(exc)) from None


@group.command()
@click.option("--kb", "kb", required=True, help="Folder of knowledge-base articles (.md, FAQ .csv, synonyms.txt).")
@click.option("--session", "session", default=None, help="Conversation id; earlier turns are the context.")
@click.option("--json", "as_json", is_flag=True, help="Print the reply as JSON.")
@click.argument("message")
def ask(kb: str, session: str | None, as_json: bool, message: str) -> None:
    """Answer MESSAGE from the knowledge base in KB (no server needed)."""
    from fornuft.assistant.engine import Assistant
    from fornuft.assistant.sessions import load_history, save_turns

    if message == "-":
        message = sys.stdin.read()
    assistant = Assistant(_knowledge_base(kb))
    history = load_history(session) if session else []
    reply = assistant.reply(message, history)
    if session:
        save_turns(session, history, message, reply)
    if as_json:
        click.echo(json.dumps(reply.contract(), ensure_ascii=False))
        return
    click.echo(reply.answer)
    if reply.escalate:
        click.echo(f"[escalated: {reply.escalation_reason}]")


@group.command(name="eval")
@click.option("--kb", "kb", required=True, help="Folder of knowledge-base articles.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--show-failures", is_flag=True, help="List the questions that went wrong.")
@click.argument("questions", type=click.Path(dir_okay=False))
def evaluate_command(kb: str, as_json: bool, show_failures: bool, questions: str) -> None:
    """Top-1 source accuracy, escalation recall and false-escalation rate on QUESTIONS (JSON lines)."""
    from fornuft.assistant.engine import Assistant
    from fornuft.assistant.evaluation import QuestionSetError, evaluate, read_questions

    try:
        items = read_questions(questions)
    except QuestionSetError as exc:
        raise click.ClickException(str(exc)) from None
    result = evaluate(Assistant(_knowledge_base(kb)), items)
    if as_json:
        click.echo(json.dumps(result if show_failures else {k: v for k, v in result.items() if k != "failures"},
                              ensure_ascii=False))
        return

    def pct(value):
        return "n/a" if value is None else f"{value * 100:.1f} %"

    click.echo(f"questions:              {result['questions']}")
    click.echo(f"top-1 source accuracy:  {pct(result['top1_source_accuracy'])} ({result['answerable']} answerable)")
    should = result["should_escalate"]
    click.echo(f"escalation recall:      {pct(result['escalation_recall'])} ({should} should escalate)")
    click.echo(f"false-escalation rate:  {pct(result['false_escalation_rate'])}")
    if show_failures:
        for failure in result["failures"]:
            click.echo(json.dumps(failure, ensure_ascii=False))
