"""Build the sample English→Spanish corpus that ships with s2s-desktop (rerunnable).

The sample lets a new user train a first model without finding data: a few thousand verse
pairs from two public-domain Bibles that align verse by verse, as packaged by Debian:

- ``sword-text-web``: the World English Bible (eBible.org), SWORD module ``engWEB2015eb``;
- ``sword-text-sparv``: the Reina-Valera 1909, SWORD module ``spaRV1909eb``.

Both are SWORD "zText" modules (zlib blocks indexed by a versification). The modules are read
with ``pysword`` (MIT, the reader OpenLP uses), and each verse's OSIS markup is reduced to plain
text here: footnotes, cross-references, section headings, Strong's numbers and all tags go;
the psalms' canonical superscriptions stay, since the Spanish text carries them inside verse 1.

To rebuild (on Debian or Ubuntu; elsewhere download the two ``.deb`` files from
packages.debian.org and pass them as arguments)::

    pip install pysword
    python scripts/build_sample_corpus.py                 # runs `apt-get download` in a temp dir
    python scripts/build_sample_corpus.py web.deb sparv.deb
    python scripts/build_sample_corpus.py --books NT --train 3000 --out nt   # only these books

``--books`` takes OSIS book names and the groups ``OT`` and ``NT``, comma-separated
(``Gen,Exod``, ``OT``, ``NT,Ps``), and keeps only verses from those books.

It writes ``train.en``/``train.es``, ``valid.en``/``valid.es``, ``SOURCE.md`` and ``LICENSE`` to
``resources/sample/en-es/`` (``--out`` changes that). The choice of verses is
deterministic: the same packages give byte-identical files.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import html
import io
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGES = {"en": "sword-text-web", "es": "sword-text-sparv"}
MODULES = {"en": "engWEB2015eb", "es": "spaRV1909eb"}
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "resources/sample/en-es"

TRAIN_PAIRS = 8000
VALID_PAIRS = 200
MIN_CHARS, MAX_CHARS = 15, 120  # short verses: a tiny model learns them in minutes
MAX_RATIO = 1.8  # longer side / shorter side in characters; beyond it, the verses may not align

# OSIS elements whose text is not part of the verse.
_DROPPED = ("note", "speaker", "catchWord", "rdg", "index", "figure")
_DROPPED_ELEMENT = re.compile(
    rf"<(?P<tag>{'|'.join(_DROPPED)})\b[^>]*?(?:/>|>.*?</(?P=tag)>)", re.DOTALL
)
_TITLE = re.compile(r"<title\b(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</title>)", re.DOTALL)
_LINE_BREAK = re.compile(r"<(?:lb|l|lg|p|div)\b[^>]*>|</(?:l|lg|p|div)>")
_TAG = re.compile(r"<[^>]+>")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:!?»”’)])")
_SPACE_AFTER_OPENING = re.compile(r"([¿¡«“‘(])\s+")
_DROP_CAP = re.compile(r"\b[A-ZÁÉÍÓÚÑÜ]{2,}\b")
_WORD = re.compile(r"\w+")
_GAP = "\x00"  # where a footnote was, until the tags around it are gone


@dataclass(frozen=True)
class Verse:
    """One verse's plain text and where it is (``order`` is its position in the Bible)."""

    order: int
    ref: str  # OSIS reference, e.g. "Gen.1.1"
    text: str


def _rejoin(text: str) -> str:
    """A dropped footnote often sat between two words with no space around it: keep one."""
    text = re.sub(rf"(\w){_GAP}+(?=\w)", r"\1 ", text)
    return text.replace(_GAP, "")


def _keep_canonical_title(match: re.Match[str]) -> str:
    """Psalm superscriptions are scripture (and in verse 1 of the Spanish); headings are not."""
    if 'canonical="true"' in match.group("attrs") and match.group("text"):
        return f" {match.group('text')} "
    return " "


def osis_to_text(raw: str) -> str:
    """One verse of OSIS markup as a plain line of text."""
    text = _DROPPED_ELEMENT.sub(_GAP, raw)
    text = _TITLE.sub(_keep_canonical_title, text)
    text = _LINE_BREAK.sub(" ", text)
    text = _rejoin(html.unescape(_TAG.sub("", text)))
    text = " ".join(text.split())
    text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    return _SPACE_AFTER_OPENING.sub(r"\1", text)


def undo_drop_caps(chapters: dict[tuple[str, int], list[Verse]]) -> None:
    """The Reina-Valera prints each chapter's first word in capitals ("Y DIRÁS en aquel día").

    The word gets the case it has most often elsewhere in the text ("dirás", but "Jehová"),
    and a capital where it starts a sentence.
    """
    forms = Counter(
        w for verses in chapters.values() for v in verses for w in _WORD.findall(v.text)
    )
    for verses in chapters.values():
        first = verses[0]
        found = _DROP_CAP.search(first.text)
        if found is None:
            continue
        word = found.group()
        lower, title = word.lower(), word.capitalize()
        chosen = title if forms[title] >= forms[lower] else lower
        before = first.text[: found.start()].rstrip(" ¡¿«“‘(")
        if not before or before[-1] in ".!?:":
            chosen = chosen[0].upper() + chosen[1:]
        text = first.text[: found.start()] + chosen + first.text[found.end() :]
        verses[0] = Verse(first.order, first.ref, text)


def read_module(library: Path, module: str) -> dict[tuple[str, int], list[Verse]]:
    """Every chapter of a SWORD module: (book, chapter) → its verses, in order."""
    from pysword.modules import SwordModules

    modules = SwordModules(str(library))
    modules.parse_modules()
    bible = modules.get_bible_from_module(module)
    # pysword decompresses a whole book per verse; remembering the last block makes it seconds.
    bible._decompressed_text = functools.lru_cache(maxsize=2)(bible._decompressed_text)
    chapters: dict[tuple[str, int], list[Verse]] = {}
    order = 0
    for books in bible.get_structure().get_books().values():
        for book in books:
            for chapter, count in enumerate(book.chapter_lengths, start=1):
                verses = []
                for number in range(1, count + 1):
                    raw = bible.get(
                        books=[book.name], chapters=[chapter], verses=[number], clean=False
                    )
                    order += 1
                    ref = f"{book.osis_name}.{chapter}.{number}"
                    verses.append(Verse(order, ref, osis_to_text(raw)))
                chapters[(book.osis_name, chapter)] = verses
    return chapters


def book_groups(library: Path, module: str) -> dict[str, list[str]]:
    """The module's OSIS book names by testament, as pysword's structure has them: OT and NT."""
    from pysword.modules import SwordModules

    modules = SwordModules(str(library))
    modules.parse_modules()
    books = modules.get_bible_from_module(module).get_structure().get_books()
    return {
        testament.upper(): [book.osis_name for book in group] for testament, group in books.items()
    }


def select_books(spec: str, groups: dict[str, list[str]]) -> set[str]:
    """The OSIS book names a ``--books`` value names ("Gen,Exod", "OT", "NT,Ps")."""
    known = [name for names in groups.values() for name in names]
    chosen: set[str] = set()
    for name in (part.strip() for part in spec.split(",")):
        if name in groups:
            chosen.update(groups[name])
        elif name in known:
            chosen.add(name)
        else:
            raise SystemExit(
                f"--books: unknown book {name!r}; valid names are {', '.join(groups)} and "
                f"{', '.join(known)}"
            )
    return chosen


def aligned_pairs(
    english: dict[tuple[str, int], list[Verse]], spanish: dict[tuple[str, int], list[Verse]]
) -> Iterator[tuple[Verse, Verse]]:
    """Verse pairs both Bibles number alike, without merged verses or empty sides.

    A chapter whose verse count differs between the two versifications (NRSVA and KJV differ in
    3 John 1 and Revelation 12) is skipped whole. A verse that is empty or repeats its
    neighbour on either side belongs to a merged range ("vv. 4-5"), so it and its neighbours go.
    """
    for key, en_verses in english.items():
        es_verses = spanish.get(key)
        if es_verses is None or len(es_verses) != len(en_verses):
            continue
        merged = set()
        for side in (en_verses, es_verses):
            for i, verse in enumerate(side):
                previous = side[i - 1].text if i else None
                if not verse.text or verse.text == previous:
                    merged.update({i - 1, i, i + 1})
        for i, (en, es) in enumerate(zip(en_verses, es_verses)):
            if i not in merged:
                yield en, es


def usable(en: str, es: str, max_chars: int = MAX_CHARS) -> bool:
    """Short, whole sentences of comparable length: what a first model can learn quickly."""
    lengths = sorted((len(en), len(es)))
    return (
        lengths[0] >= MIN_CHARS
        and lengths[1] <= max_chars
        and lengths[1] <= MAX_RATIO * lengths[0]
        and en[-1] in ".!?;:”’"
        and es[-1] in ".!?;:”’»"
    )


def choose(pairs: list[tuple[Verse, Verse]], train: int, valid: int) -> tuple[list, list]:
    """A deterministic spread over the whole Bible: ordered by a hash of the reference.

    A verse whose English or Spanish text was already taken is skipped (the Bible repeats
    itself), so no validation sentence is also a training sentence.
    """
    ranked = sorted(pairs, key=lambda pair: hashlib.sha1(pair[0].ref.encode()).hexdigest())
    seen: set[str] = set()
    unique = []
    for en, es in ranked:
        if en.text not in seen and es.text not in seen:
            seen.update((en.text, es.text))
            unique.append((en, es))
    if len(unique) < train + valid:
        raise SystemExit(f"only {len(unique)} usable pairs; ask for fewer")
    valid_part, train_part = unique[:valid], unique[valid : valid + train]
    return (
        sorted(train_part, key=lambda pair: pair[0].order),
        sorted(valid_part, key=lambda pair: pair[0].order),
    )


# ---------------------------------------------------------------------- Debian packages


def download_packages(folder: Path) -> list[Path]:
    """`apt-get download` both packages into ``folder`` (no root needed)."""
    subprocess.run(["apt-get", "download", *PACKAGES.values()], cwd=folder, check=True)
    return sorted(folder.glob("*.deb"))


def _ar_members(data: bytes) -> Iterator[tuple[str, bytes]]:
    """The members of a .deb (an ar archive), without needing dpkg."""
    if not data.startswith(b"!<arch>\n"):
        raise SystemExit("not a .deb file")
    position = 8
    while position + 60 <= len(data):
        header = data[position : position + 60]
        name = header[:16].decode().strip().rstrip("/")
        size = int(header[48:58].decode().strip())
        start = position + 60
        yield name, data[start : start + size]
        position = start + size + (size % 2)


def unpack_deb(deb: Path, root: Path) -> dict[str, str]:
    """Extract a .deb's files under ``root``; returns its control fields (Package, Version…)."""
    control: dict[str, str] = {}
    for name, member in _ar_members(deb.read_bytes()):
        if name.startswith("data.tar"):
            with tarfile.open(fileobj=io.BytesIO(member)) as tar:
                tar.extractall(root, filter="data")
        elif name.startswith("control.tar"):
            with tarfile.open(fileobj=io.BytesIO(member)) as tar:
                text = tar.extractfile("./control").read().decode()
            control = dict(line.split(": ", 1) for line in text.splitlines() if ": " in line[:40])
    return control


def module_field(library: Path, module: str, field: str) -> str:
    """One field of a module's .conf file (Version, DistributionLicense…)."""
    conf = (library / "mods.d" / f"{module}.conf").read_text(encoding="utf-8")
    found = re.search(rf"^{field}=(.*)$", conf, re.MULTILINE)
    return found.group(1).strip() if found else "?"


# ---------------------------------------------------------------------- output


def write_lines(path: Path, lines: list[str]) -> None:
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


SOURCE_TEMPLATE = """\
# Sample corpus: English → Spanish Bible verses

{train:,} training pairs (`train.en`, `train.es`) and {valid:,} validation pairs (`valid.en`,
`valid.es`), one verse per line, line *n* of each `.en` file translated by line *n* of its `.es`
file. It is here so that a first model can be trained without looking for data: the
Translate tab's "Train on the sample corpus" uses it.

## Where it comes from

- English: the World English Bible (eBible.org), SWORD module `{en_module}` version
  {en_module_version}, from the Debian package `{en_package}` {en_version}.
- Spanish: the Reina-Valera 1909, SWORD module `{es_module}` version {es_module_version}, from the
  Debian package `{es_package}` {es_version}.

Built by `scripts/build_sample_corpus.py` in the s2s-desktop repository, which reads both
modules verse by verse. Only verses that both versifications number alike are used; verses
merged into ranges or empty on either side are skipped. Footnotes, cross-references, section
headings, Strong's numbers and all markup are removed and spaces normalised; the capitalised
first word of each Spanish chapter ("EN el principio") is written in normal case. No word of
either text is changed. Of the pairs whose sides are {min_chars}–{max_chars} characters long and
comparable in length, a deterministic spread over {scope} was kept.

## Licence

Both texts are in the public domain (see `LICENSE`). Following eBible.org's request, this
extract, which omits the footnotes and headings, is not itself called "the World English Bible".
"""

LICENSE_TEMPLATE = """\
The sentences in this folder are taken from two public-domain texts.

English: the World English Bible ({en_package} {en_version}, SWORD module {en_module}).
  Distribution licence: {en_license}.
  "The World English Bible is in the Public Domain. That means that it is not copyrighted.
  However, "World English Bible" is a Trademark of eBible.org. [...] All we ask is that if you
  CHANGE the actual text of the World English Bible in any way, you not call the result the
  World English Bible any more." (eBible.org, https://ebible.org/web/)

Spanish: the Reina-Valera 1909 ({es_package} {es_version}, SWORD module {es_module}).
  Distribution licence: {es_license}.
  "This work is not copyrighted. It is in the Public Domain. You may copy and publish this work
  freely, but you may not claim copyright on it." (eBible.org, https://ebible.org/)

The selection and the files in this folder are likewise dedicated to the public domain.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("debs", nargs="*", type=Path, help="the two .deb files (default: download)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--train", type=int, default=TRAIN_PAIRS, help="training pairs")
    parser.add_argument("--valid", type=int, default=VALID_PAIRS, help="validation pairs")
    parser.add_argument(
        "--max-chars",
        type=int,
        default=MAX_CHARS,
        help=f"longest verse kept, in characters (default {MAX_CHARS}; 300 keeps nearly every "
        "aligned verse, about 27,600 usable pairs, for tuning on a larger corpus)",
    )
    parser.add_argument(
        "--books",
        help="keep only verses from these books: OSIS names and the groups OT and NT, "
        "comma-separated (e.g. Gen,Exod or NT; default: the whole Bible)",
    )
    args = parser.parse_args(argv)
    try:
        import pysword  # noqa: F401
    except ImportError:
        raise SystemExit("This script reads the Bibles with pysword: pip install pysword") from None

    with tempfile.TemporaryDirectory(prefix="sample-corpus-") as temp:
        work = Path(temp)
        debs = args.debs or download_packages(work)
        controls = {}
        for deb in debs:
            control = unpack_deb(deb, work / "root")
            controls[control.get("Package", deb.name)] = control
        missing = [name for name in PACKAGES.values() if name not in controls]
        if missing:
            raise SystemExit(f"missing package(s): {', '.join(missing)}")
        library = work / "root/usr/share/sword"
        books = (
            select_books(args.books, book_groups(library, MODULES["en"])) if args.books else None
        )
        english = read_module(library, MODULES["en"])
        spanish = read_module(library, MODULES["es"])
        undo_drop_caps(spanish)
        fields = {
            f"{lang}_{key}": value
            for lang in ("en", "es")
            for key, value in {
                "package": PACKAGES[lang],
                "version": controls[PACKAGES[lang]].get("Version", "?"),
                "module": MODULES[lang],
                "module_version": module_field(library, MODULES[lang], "Version"),
                "license": module_field(library, MODULES[lang], "DistributionLicense"),
            }.items()
        }

    pairs = [
        (en, es)
        for en, es in aligned_pairs(english, spanish)
        if usable(en.text, es.text, args.max_chars)
        and (books is None or en.ref.split(".")[0] in books)
    ]
    train, valid = choose(pairs, args.train, args.valid)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for split, chosen in (("train", train), ("valid", valid)):
        write_lines(out / f"{split}.en", [en.text for en, _ in chosen])
        write_lines(out / f"{split}.es", [es.text for _, es in chosen])
    sizes = dict(train=len(train), valid=len(valid), min_chars=MIN_CHARS, max_chars=args.max_chars)
    scope = f"the books `{args.books}`" if args.books else "the whole Bible"
    (out / "SOURCE.md").write_text(
        SOURCE_TEMPLATE.format(**fields, **sizes, scope=scope), encoding="utf-8"
    )
    (out / "LICENSE").write_text(LICENSE_TEMPLATE.format(**fields), encoding="utf-8")
    total = sum(path.stat().st_size for path in out.iterdir())
    print(
        f"{len(pairs):,} usable pairs; wrote {len(train):,} training and {len(valid):,} "
        f"validation pairs to {out} ({total / 1e6:.2f} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
