"""Strict F1 against the share of sentences embedded, for selective embedding's settings.

    python bench/selective_curve.py [--sets book1500,book,heldout,textberg]
                                    [--settings NAME,...] [--all] [--mt off] [--json out.json]

Per set, the pass without embeddings (with Apertium's translation of the source when the
pair is installed) runs once and is kept in a pickle under the bench cache; then each
setting of aligner.alignment.selective re-aligns the regions it picks, with the shared
embedding cache. Reported per set and setting: the share of the set's sentences given
vectors, strict/lax F1, the texts sent to the embedder (sentences and concatenations),
the seconds outside the embedder, and a cold-equivalent time: texts requested x the
per-text time of the model measured in this run (on 128 of the set's sentences, no
cache; or ``--per-text``) + the seconds outside the embedder. ``--all`` adds ``--embed all`` (every
sentence, the engine's own path) in the same run.

Sets: ``book1500`` is the long book's first 1,500 source verses (bench/longbook.py's
``head``), ``book`` the whole book, ``heldout`` corpora/heldout with its damaged copies,
``textberg`` ../shared/data/textberg-dev (no Apertium pair: the cheap pass has no MT).
``--mt off``: no Apertium for any set (its own cheap-pass pickle), ``--embed all`` too.
``--fallback``: as the engine, a document whose first regions hold over ``max_share`` of
its sentences is aligned with ``--embed all`` (off: every document selective). ``tokens``
is the e5 tokens of the distinct texts asked for (the model's time is about linear in them).
A setting is a name below or ``NAME:field=value:...`` (that setting with fields changed).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import pickle
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np
from longbook import TimedEmbedder, per_text_seconds, tokens
from make_longbook import default_out, ensure
from textberg import CountingEmbedder, load_sets

from aligner.alignment.engine import _confidence_translator, align, load_document
from aligner.alignment.evaluate import evaluate
from aligner.alignment.overlap import second_pass_weights
from aligner.alignment.score import fitted_weights, side_features
from aligner.alignment.search import find_path
from aligner.alignment.selective import MtRows, Settings, path_confidences, select_and_align
from aligner.types import AlignConfig, Bead

# The defaults of branch sel13 (merges at >= 0.9 settled, no shift signal); the names
# below are variations of them, so they keep their meaning when the defaults move.
_SEL13 = {
    "merge_sure": 0.9, "shift_reach": 0, "shift_gain": 0.0, "shift_context": -1,
    "shift_settle": -2.0, "settle_null": 1.01, "settle_join": 2.0, "corner_sure": 1.01,
    "one_side": False, "single": True,
}  # fmt: skip
# The defaults of branch sel13c (the shift signal, merges at >= 0.8 settled).
_SEL13C = {**_SEL13, "shift_reach": 2, "shift_gain": 0.05, "shift_context": 0, "merge_sure": 0.8}
_OLD = {**_SEL13, "merge_sure": 1.01}  # before merges were settled by confidence


def _same_without_mt(settings: Settings) -> Settings:
    """``settings`` with the same settle thresholds whether or not there is MT."""
    return dataclasses.replace(
        settings,
        bare_settle_null=settings.settle_null,
        bare_merge_sure=settings.merge_sure,
        bare_one_side=settings.one_side,
        bare_embed_chars=settings.embed_chars,
    )


def _sel13(**changes) -> Settings:
    return Settings(**{**_SEL13, **changes})


def _sel13c(**changes) -> Settings:
    return Settings(**{**_SEL13C, **changes})


def _shift(gain: float = 0.05, around: int = 0, **changes) -> Settings:
    """Shift signal (aligner.alignment.shift), reach 2, on top of sel13's defaults."""
    return _sel13(shift_reach=2, shift_gain=gain, shift_context=around, **changes)


SETTINGS = {
    # The defaults: sel13c + settle.05j0+null.9 since branch sel13d; without MT no null
    # bead settled by stems and merges settled at 0.9 since branch sel13f.
    "shipped": Settings(),
    "sel13c": Settings(**_SEL13C),
    "sel13": _sel13(),  # merges at >= 0.9 settled
    "before": Settings(**_OLD),
    "before+c0": Settings(**{**_OLD, "context": 0}),
    "shapes.95": Settings(**{**_OLD, "shape_sure": 0.95}),  # any null/merge >= 0.95 settled
    "nullcorner": Settings(**{**_OLD, "null_corner": True}),
    "merge.8": _sel13(merge_sure=0.8),
    "merge_chrf.3": Settings(**{**_OLD, "merge_chrf": 0.3}),  # chrF >= 0.3, margin >= -0.02
    "merge_chrf.3+null.3": Settings(**{**_OLD, "merge_chrf": 0.3, "null_cover": 0.3}),
    "grow": Settings(**{**_OLD, "grow_changed": True}),
    "grow+c0": Settings(**{**_OLD, "grow_changed": True, "context": 0}),
    "sel13+grow": _sel13(grow_changed=True),
    "merge_chrf.3+merge.9": _sel13(merge_chrf=0.3),
    # A bead whose target fits a source shifted by 1..reach better (aligner.alignment.shift);
    # "c0": no context around the shifted beads (their regions still grow to 1-1 corners).
    "shift1": _sel13(shift_reach=1),
    "shift2": _sel13(shift_reach=2),
    "shift3": _sel13(shift_reach=3),
    "shift2.05": _shift(0.05, -1),
    "shift2.1": _shift(0.1, -1),
    "shift2+merge.8": _shift(0.0, -1, merge_sure=0.8),
    "shift2c0": _shift(0.0),
    "shift2.05c0": _shift(0.05),
    "shift2.05+merge.8": _shift(0.05, -1, merge_sure=0.8),
    "shift2.1+merge.8": _shift(0.1, -1, merge_sure=0.8),
    "shift2.05c0+merge.8": _shift(0.05, merge_sure=0.8),
    "shift2.05c0+merge.8+unsure.4": _shift(0.05, merge_sure=0.8, unsure=0.4),
    "shift2.05c0+merge.8+c0": _shift(0.05, merge_sure=0.8, context=0),
    "shift2.1c0": _shift(0.1),
    "shift2.05c0+unsure.4": _shift(0.05, unsure=0.4),
    # Branch sel13d: doubtful non-null beads settled when they and their neighbours fit
    # their own sentences better than every shifted rival (Settings.shift_settle).
    "settle.1": _sel13c(shift_settle=-0.1),
    "settle.05": _sel13c(shift_settle=-0.05),
    "settle0": _sel13c(shift_settle=0.0),
    "settle.05+null.9": _sel13c(shift_settle=-0.05, settle_null=0.9),
    "settle.05+null.95": _sel13c(shift_settle=-0.05, settle_null=0.95),
    "settle0+null.9": _sel13c(shift_settle=0.0, settle_null=0.9),
    "settle0+null.8": _sel13c(shift_settle=0.0, settle_null=0.8),
    "settle+.05": _sel13c(shift_settle=0.05),
    "settle+.05+null.9": _sel13c(shift_settle=0.05, settle_null=0.9),
    # ... and not a bead that joined with a neighbour fits better (Settings.settle_join).
    "settle.05j0": _sel13c(shift_settle=-0.05, settle_join=0.0),
    "settle.05j0+null.9": _sel13c(shift_settle=-0.05, settle_join=0.0, settle_null=0.9),
    "settle0j0": _sel13c(shift_settle=0.0, settle_join=0.0),
    # On top of the defaults of sel13d: one neighbour in the first round (Settings.one_side),
    # confident nulls and merges as corners (Settings.corner_sure).
    "one": Settings(one_side=True, single=True, settle_null=0.9),
    "one+corner.9": Settings(one_side=True, corner_sure=0.9, single=True, settle_null=0.9),
    # Branch speed13g: regions of a single 1-1 bead left alone (Settings.single; the
    # default since branch speed16d, with one_side).
    "nosingle": Settings(single=False, one_side=False, settle_null=0.9),
}
# Before branch sel13f every setting held with and without Apertium's translation; the
# names above keep that meaning. "shipped" (the defaults) settles differently without it
# (Settings.bare_settle_null, bare_merge_sure); "sel13d" is the defaults before that.
# Every name but "shipped" predates the sentences cut for e5 (branch speed23): whole.
SETTINGS = {
    name: s if name == "shipped" else _same_without_mt(dataclasses.replace(s, embed_chars=0))
    for name, s in SETTINGS.items()
}
SETTINGS["sel13d"] = _same_without_mt(
    Settings(one_side=False, single=True, settle_null=0.9, embed_chars=0)
)
# The defaults before branch speed16d (a doubtful bead's region took one bead either side,
# and a region of one 1-1 bead was aligned again).
SETTINGS["speed15c"] = Settings(one_side=False, single=True, settle_null=0.9, embed_chars=0)
# The defaults before branch speed23 (every sentence given to e5 whole).
SETTINGS["speed22"] = Settings(embed_chars=0)


def setting(name: str) -> Settings:
    """A named setting, or ``NAME:field=value:...``: that setting with fields changed
    (``shipped:shift_settle=-0.1:settle_null=1.01``)."""
    base, *changes = name.split(":")
    fields = {k: _value(getattr(SETTINGS[base], k), v) for k, v in (c.split("=") for c in changes)}
    return dataclasses.replace(SETTINGS[base], **fields)


def _value(default, text: str):
    """``text`` as the type of ``default`` (a bool from 1/0 or true/false)."""
    if isinstance(default, bool):
        return text.lower() in ("1", "true")
    return type(default)(text)


@dataclasses.dataclass
class Cheap:
    """One document's pass without embeddings, and what selective needs to go on."""

    name: str
    src_texts: list[str]
    tgt_texts: list[str]
    src_lang: str
    tgt_lang: str
    paragraphs: tuple[list[bool], list[bool]]
    gold: list[Bead]
    path: object  # aligner.alignment.search.Path
    src_mt: list[str] | None
    seconds: float  # the cheap pass, MT included


def load_docs(name: str):
    """(name, source, target, gold) per document of a set."""
    if name.startswith("book"):
        from longbook import head

        files = ensure()
        from aligner.io.gold import read_ladder

        src = load_document(files["src"], "es", True)
        tgt = load_document(files["tgt"], "en", True)
        gold = read_ladder(files["gold"])
        sample = int(name[4:] or 0)
        if sample:
            src, tgt, gold = head(src, tgt, gold, sample)
        return [(name, src, tgt, gold)]
    return load_sets([name])[name]


def cheap_pass(set_name: str, mt: bool = True) -> list[tuple[Cheap, object, object]]:
    """The set's documents with their cheap pass (cached in a pickle; documents reloaded);
    ``mt`` False: without Apertium's translation even where the pair is installed."""
    docs = load_docs(set_name)
    name = set_name if mt else f"{set_name}-nomt"
    cache = os.path.join(os.path.dirname(default_out()), f"selective-{name}.pickle")
    if os.path.exists(cache):
        with open(cache, "rb") as handle:
            cheap = [Cheap(**fields) for fields in pickle.load(handle)]
    else:
        cheap = [_cheap(doc, src, tgt, gold, mt) for doc, src, tgt, gold in docs]
        with open(cache, "wb") as handle:
            pickle.dump([vars(c) for c in cheap], handle)
    return [(c, src, tgt) for c, (_n, src, tgt, _g) in zip(cheap, docs, strict=True)]


def _cheap(name, src, tgt, gold, mt: bool = True) -> Cheap:
    config = AlignConfig(use_mt=mt)
    began = time.perf_counter()
    translator = _confidence_translator(src.lang, tgt.lang, config)
    src_mt = translator.translate([s.text for s in src.sentences]) if translator else None
    s_f = side_features(src.sentences, src.lang, None)
    t_f = side_features(tgt.sentences, tgt.lang, None)
    path = find_path(s_f, t_f, fitted_weights("no_embeddings"), config.max_bead, config.band)
    return Cheap(
        name, [s.text for s in src.sentences], [t.text for t in tgt.sentences], src.lang,
        tgt.lang, ([], []), gold, path, src_mt,
        time.perf_counter() - began,
    )  # fmt: skip


def run_setting(
    docs, settings: Settings | None, embedder: CountingEmbedder, fallback: bool = False
) -> dict:
    """Selective with ``settings`` (None: the cheap beads alone) over a set's documents;
    ``fallback``: as the engine does, a document whose first regions would hold over
    ``settings.max_share`` of its sentences is aligned with ``--embed all`` instead."""
    config = AlignConfig()
    pairs, sentences, embedded, outside = [], 0, 0, 0.0
    for cheap, src, tgt in docs:
        began = time.perf_counter()
        before = embedder.wall
        s_f = side_features(src.sentences, src.lang, None)
        t_f = side_features(tgt.sentences, tgt.lang, None)
        path = cheap.path
        beads = _beads(path.spans)
        if settings is not None:
            rows, mt_seconds, spent = _mt_rows(cheap)
            began += spent - mt_seconds
            conf = path_confidences(
                path, s_f, t_f, "no_embeddings", cheap.src_mt, cheap.tgt_texts, rows
            )
            chosen = select_and_align(
                path, conf, s_f, t_f, cheap.src_texts, cheap.tgt_texts, embedder,
                fitted_weights("embeddings"), second_pass_weights(), config.max_bead,
                config.band, True, cheap.src_mt,
                settings if fallback else dataclasses.replace(settings, max_share=1.0), rows,
            )  # fmt: skip
            if chosen is None:
                # MT on: every set that has Apertium's pair keeps it (--mt off: none has).
                config_all = AlignConfig(embed="all", use_mt=cheap.src_mt is not None)
                beads = align(src, tgt, config=config_all, embedder=embedder).beads
                embedded += len(cheap.src_texts) + len(cheap.tgt_texts)
            else:
                beads = _beads(chosen.path.spans)
                embedded += chosen.sentences_embedded
        outside += time.perf_counter() - began - (embedder.wall - before) + cheap.seconds
        sentences += len(cheap.src_texts) + len(cheap.tgt_texts)
        pairs.append((cheap.gold, beads))
    scores = evaluate(pairs)
    return {
        "share": round(embedded / sentences, 4),
        "strict_f1": round(scores["strict"].f1, 4),
        "lax_f1": round(scores["lax"].f1, 4),
        "seconds_outside": round(outside, 2),
    }


_MT_ROWS: dict[int, tuple[MtRows | None, float]] = {}


def _mt_rows(cheap: Cheap) -> tuple[MtRows | None, float, float]:
    """One document's chrF features, shared by the settings of one run, with the seconds
    the cheap path's took (counted in every setting's time) and the seconds this call took
    (not counted: the first call computes them)."""
    began = time.perf_counter()
    if id(cheap) not in _MT_ROWS:
        rows = MtRows(cheap.src_mt, cheap.tgt_texts) if cheap.src_mt is not None else None
        if rows is not None:
            rows(cheap.path.spans)
        _MT_ROWS[id(cheap)] = (rows, time.perf_counter() - began)
    rows, seconds = _MT_ROWS[id(cheap)]
    return rows, seconds, time.perf_counter() - began


def run_all(docs, embedder: CountingEmbedder, mt: bool = True) -> dict:
    pairs, outside = [], 0.0
    config = AlignConfig(embed="all", use_mt=mt)
    for _cheap, src, tgt in docs:
        began, before = time.perf_counter(), embedder.wall
        result = align(src, tgt, config=config, embedder=embedder)
        outside += time.perf_counter() - began - (embedder.wall - before)
        pairs.append((_cheap.gold, result.beads))
    scores = evaluate(pairs)
    return {
        "share": 1.0,
        "strict_f1": round(scores["strict"].f1, 4),
        "lax_f1": round(scores["lax"].f1, 4),
        "seconds_outside": round(outside, 2),
    }


def _beads(spans) -> list[Bead]:
    return [Bead(tuple(range(a, b)), tuple(range(c, d)), 0.0, 0.0) for a, b, c, d in spans]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="book1500,heldout,textberg")
    parser.add_argument("--settings", default=",".join(SETTINGS))
    parser.add_argument("--all", action="store_true", help="also --embed all")
    parser.add_argument("--per-text", type=float, help="model seconds per text (else measured)")
    parser.add_argument("--mt", choices=("auto", "off"), default="auto",
                        help="off: no Apertium, even for pairs that have it")  # fmt: skip
    parser.add_argument("--fallback", action="store_true",
                        help="as the engine: a document whose first regions hold over "
                        "max_share of its sentences is aligned with --embed all")  # fmt: skip
    parser.add_argument("--json")
    args = parser.parse_args()
    mt = args.mt == "auto"
    out: dict = {"sets": {}}
    for set_name in args.sets.split(","):
        docs = cheap_pass(set_name, mt)
        texts = [t for c, _s, _t in docs for t in c.src_texts + c.tgt_texts]
        per_text = args.per_text or per_text_seconds(texts)
        print(f"{set_name}: model {per_text * 1000:.1f} ms per text", flush=True)
        rows = {}
        names = ["cheap", *args.settings.split(",")] + (["all"] if args.all else [])
        for name in names:
            embedder = TimedEmbedder("default")
            if name == "all":
                row = run_all(docs, embedder, mt)
            else:
                chosen = None if name == "cheap" else setting(name)
                row = run_setting(docs, chosen, embedder, args.fallback)
            row["texts"] = len(embedder.requested)
            row["tokens"] = tokens(embedder)
            row["cold_equivalent_s"] = round(row["texts"] * per_text + row["seconds_outside"], 1)
            rows[name] = row
            print(f"{set_name:9} {name:12} " + " ".join(f"{k}={v}" for k, v in row.items()),
                  flush=True)  # fmt: skip
        out["sets"][set_name] = {"per_text_seconds": per_text, "rows": rows}
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(out, handle, indent=2)
    return 0


if __name__ == "__main__":
    np.seterr(all="ignore")
    sys.exit(main())
