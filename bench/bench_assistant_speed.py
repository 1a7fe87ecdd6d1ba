"""Answer latency with a 1,000-article knowledge base.

    .venv/bin/python bench/bench_assistant_speed.py [--articles 1000]

The shipped demo KB plus generated articles (each a product/service page with a price
table, built from a fixed vocabulary with a seeded generator) make up the base; the
question set (validation + test) is asked 3 times; p50/p95/max of `Assistant.reply` are printed,
and the time the base's calibration takes to fit (with FORNUFT_HOME empty; a cached one loads).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fornuft.assistant.engine import Assistant, KnowledgeBase  # noqa: E402
from fornuft.assistant.kb import Article, load_folder  # noqa: E402

WORDS = ("bolig tak vindu dør kjeller loft bad kjøkken fasade balkong varmepumpe ventilasjon drenering radon fukt "
         "mugg brann rømning tilbygg garasje carport terrasse pipe ildsted el-anlegg sikringsskap vannrør avløp "
         "isolasjon trapp heis parkering næringsbygg lager kontor skole barnehage hytte naust rekkehus sameie "
         "borettslag kommune søknad kontroll befaring rapport vurdering tilstand pris frist garanti ansvar "
         "roof window door basement attic bathroom kitchen facade heat pump ventilation drainage insulation "
         "stairs office warehouse school cabin permit inspection report assessment price deadline warranty").split()


def synthetic(n: int, seed: int = 0) -> list[Article]:
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        topic = rng.sample(WORDS, 3)
        paragraphs = [" ".join(rng.choices(WORDS, k=rng.randint(25, 60))).capitalize() + "." for _ in range(3)]
        table = "| Tjeneste | Pris |\n|---|---|\n" + "\n".join(
            f"| {' '.join(rng.sample(WORDS, 2))} | {rng.randint(10, 200) * 100} kr |" for _ in range(4))
        body = (f"## {topic[0]} og {topic[1]}\n\n{paragraphs[0]}\n\n{paragraphs[1]}\n\n"
                f"## {topic[2]}\n\n{paragraphs[2]}\n\n{table}\n")
        articles.append(Article(id=f"syn-{i:04d}", title=f"{topic[0].capitalize()} {topic[1]} {topic[2]}", body=body,
                                language="nb" if i % 3 else "en"))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    seed_articles, synonyms = load_folder(ROOT / "fornuft" / "assistant" / "seed" / "kb")
    articles = seed_articles + synthetic(args.articles - len(seed_articles))
    started = time.perf_counter()
    kb = KnowledgeBase(articles, synonyms)
    build = time.perf_counter() - started
    started = time.perf_counter()
    _ = kb.calibration   # fitted from the base's pseudo-questions (threshold and reranker), once per base
    calibrate = time.perf_counter() - started
    assistant = Assistant(kb)
    questions = []
    for name in ("questions_validation.jsonl", "questions_test.jsonl"):
        questions += [json.loads(line)["message"] for line in (ROOT / "bench" / "data" / "assistant" / name)
                      .read_text(encoding="utf-8").splitlines() if line.strip()]
    assistant.reply("warm up")
    timings = []
    for _round in range(3):
        for question in questions:
            t = time.perf_counter()
            assistant.reply(question)
            timings.append((time.perf_counter() - t) * 1000)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(json.dumps({"articles": len(articles), "passages": len(kb.passages), "build_seconds": round(build, 2),
                      "calibration_seconds": round(calibrate, 2),
                      "answers": len(timings), "p50_ms": round(statistics.median(timings), 2),
                      "p95_ms": round(p95, 2), "max_ms": round(timings[-1], 2)}))


if __name__ == "__main__":
    main()
