"""English against French in Python opcodes (issue 17: French no slower than English), deterministic where time is
noise: the same request in both languages (each French blind item marked '# from <english id>' and its English
original, benchmarks/translate.py's pairs), each translated once to warm every cache, then each traced opcode by
opcode (sys.settrace with f_trace_opcodes: slow, a few minutes), counted by the module that ran them.

Usage: python benchmarks/translate_opcodes.py [--functions N] [--tokens]

Prints each language's total, the French/English ratio, the modules by their French extra, and (--functions) the N
functions with the largest French extra; --tokens also counts the tokens each language hands the parser.
"""
from __future__ import annotations

import argparse
import collections
import functools
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from translate import _translated_pairs, _translator


def _count(run) -> collections.Counter:
    """Opcodes run by `run()`, by code object."""
    counts: collections.Counter = collections.Counter()

    def local(frame, event, arg):
        if event == "opcode":
            counts[frame.f_code] += 1
        return local

    def start(frame, event, arg):
        frame.f_trace_opcodes = True
        return local

    sys.settrace(start)
    try:
        run()
    finally:
        sys.settrace(None)
    return counts


def _module(code) -> str:
    path = Path(code.co_filename)
    return path.stem if "assistant" in path.parts or "schema_catalog" in path.parts else "(library)"


def _parser_tokens(translator, request: str, as_of) -> int:
    """How many tokens the parser was handed for this request (each language's parser wrapped for the call)."""
    seen = []
    for _, parser in translator._readers.values():
        parser.parse = functools.partial(_recorded, parser, seen)
    try:
        translator.translate(request, as_of)
    finally:
        for _, parser in translator._readers.values():
            del parser.parse
    return seen[-1] if seen else 0


def _recorded(parser, seen: list, tokens, *args, **kwargs):
    seen.append(len(tokens))
    return type(parser).parse(parser, tokens, *args, **kwargs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--functions", type=int, default=0)
    ap.add_argument("--tokens", action="store_true")
    args = ap.parse_args()
    pairs = _translated_pairs()
    with tempfile.TemporaryDirectory() as tmp:
        translator, _ = _translator("demo_retailer", tmp)
        for en, fr in pairs:        # warm-up: lexicons, memos and caches as after a first request
            translator.translate(en.request, en.as_of), translator.translate(fr.request, fr.as_of)
        for en, fr in pairs:        # a second pass: the memos a first pass fills settle
            translator.translate(en.request, en.as_of), translator.translate(fr.request, fr.as_of)
        counts = {"en": collections.Counter(), "fr": collections.Counter()}
        for en, fr in pairs:
            for lang, p in (("en", en), ("fr", fr)):
                counts[lang].update(_count(functools.partial(translator.translate, p.request, p.as_of)))
        tokens = {lang: sum(_parser_tokens(translator, p.request, p.as_of) for p in ps)
                  for lang, ps in (("en", [e for e, _ in pairs]), ("fr", [f for _, f in pairs]))} if args.tokens else None
    total = {lang: sum(c.values()) for lang, c in counts.items()}
    print(f"{len(pairs)} pairs: English {total['en'] / 1e6:.2f}M opcodes, French {total['fr'] / 1e6:.2f}M, "
          f"French / English {total['fr'] / total['en']:.3f}")
    if tokens:
        print(f"tokens handed to the parser: English {tokens['en']}, French {tokens['fr']} "
              f"({tokens['fr'] / tokens['en']:.3f})")
    by_module = {lang: collections.Counter() for lang in counts}
    for lang, c in counts.items():
        for code, n in c.items():
            by_module[lang][_module(code)] += n
    modules = sorted(set(by_module["en"]) | set(by_module["fr"]), key=lambda m: by_module["en"][m] - by_module["fr"][m])
    print(f"{'module':24s} {'English':>10s} {'French':>10s} {'extra':>10s}")
    for m in modules:
        en, fr = by_module["en"][m], by_module["fr"][m]
        if max(en, fr) >= 10_000:
            print(f"{m:24s} {en / 1e6:9.2f}M {fr / 1e6:9.2f}M {(fr - en) / 1e6:+9.2f}M")
    if args.functions:
        names = {lang: collections.Counter() for lang in counts}
        for lang, c in counts.items():
            for code, n in c.items():
                names[lang][f"{_module(code)}.{code.co_qualname}"] += n
        extra = {name: names["fr"][name] - names["en"][name] for name in set(names["en"]) | set(names["fr"])}
        print(f"functions by French extra (the {args.functions} largest, then the {args.functions // 2} smallest):")
        ranked = sorted(extra, key=extra.get, reverse=True)
        for name in ranked[:args.functions] + ranked[-(args.functions // 2):]:
            print(f"  {names['en'][name] / 1e6:7.2f}M {names['fr'][name] / 1e6:7.2f}M {extra[name] / 1e6:+7.2f}M {name}")


if __name__ == "__main__":
    main()
