"""A large alternation of regular expressions, matched by first character.

Python's ``re`` tries every branch of an alternation at every position, so a
lexer with a thousand table words pays for a thousand failed branches per
token. ``FirstCharDispatch`` computes, once, the characters each branch can
start with, and at each position matches only the branches that can start
with the character there, in their original order. The result is the same
token stream as one alternation, at a fraction of the cost.

Most branches of the lexer open with one guard, "no letter right before" (a
lookbehind ``re`` evaluates again in every branch: 40 % of the time of a failed
one). Whether it holds depends only on the position, so it is tested once, in
Python, and each character has two patterns: one with the guard's branches
stripped of it (no letter before) and one without those branches (a letter before).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from re import _constants as C  # noqa: N812
from re import _parser as P  # noqa: N812

_ANY = None  # a branch whose first character cannot be listed (negated classes, ".")

# Categories stand in the first-character sets as pseudo-characters, each
# tested on a real character as ``re`` does for str patterns (conservatively).
_CATEGORIES = {C.CATEGORY_DIGIT: "\x00digit", C.CATEGORY_SPACE: "\x00space", C.CATEGORY_WORD: "\x00word"}
_CATEGORY_TEST = {
    "\x00digit": str.isdecimal,
    "\x00space": str.isspace,
    "\x00word": lambda ch: ch.isalnum() or ch == "_",
}


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Characters a match of ``pattern`` can start with; None for "any".

    >>> sorted(first_chars(r"(?<![a-z])per\\s+hour"))
    ['p']
    >>> sorted(first_chars(r"[·x]?13"))
    ['1', 'x', '·']
    >>> sorted(first_chars(r"\\d+"))  # a category, tested per character
    ['\\x00digit']
    >>> first_chars(r"[^a]") is None
    True
    """
    chars, _nullable = _first(P.parse(pattern, flags))
    return None if chars is _ANY else frozenset(chars)


def _first(items: P.SubPattern | list) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first_item(op, av)
        if chars is _ANY:
            return _ANY, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_item(op: object, av: object) -> tuple[set[str] | None, bool]:
    if op is C.LITERAL:
        return {chr(av)}, False  # type: ignore[arg-type]
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True  # zero width: look at what follows
    if op is C.SUBPATTERN:
        return _first(av[3])  # type: ignore[index]
    if op is C.BRANCH:
        out: set[str] = set()
        nullable = False
        for branch in av[1]:  # type: ignore[index]
            chars, n = _first(branch)
            if chars is _ANY:
                return _ANY, False
            out |= chars
            nullable |= n
        return out, nullable
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, item = av  # type: ignore[misc]
        chars, n = _first(item)
        return chars, n or low == 0
    if op is C.IN:
        out = set()
        for kind, value in av:  # type: ignore[union-attr]
            if kind is C.LITERAL:
                out.add(chr(value))
            elif kind is C.RANGE and value[1] - value[0] < 256:
                out.update(chr(c) for c in range(value[0], value[1] + 1))
            elif kind is C.CATEGORY and value in _CATEGORIES:
                out.add(_CATEGORIES[value])
            else:
                return _ANY, False
        return out, False
    return _ANY, False


class FirstCharDispatch:
    """``finditer`` over named groups of branches, dispatched by first character."""

    def __init__(self, groups: list[tuple[str, list[str]]], flags: int = 0, letter_guard: str | None = None) -> None:
        """``letter_guard``: the exact text of a leading lookbehind that fails after a letter, as
        ``(?<![^\\W\\d_])`` ("a letter" is what ``[^\\W\\d_]`` matches: ``str.isalnum`` and not a digit)."""
        self._fallback: re.Pattern[str] | None = None
        self._branches = [(name, branch) for name, branches in groups for branch in branches]
        self._flags = flags
        # per branch: its text with the guard taken off, or None for a branch without the guard
        self._unguarded: list[str | None] = [
            b[len(letter_guard):] if letter_guard and b.startswith(letter_guard) else None for _name, b in self._branches
        ]
        self._by_char: dict[str, list[int]] = {}
        self._by_category: dict[str, list[int]] = {}
        self._always: list[int] = []
        for i, (_name, branch) in enumerate(self._branches):
            chars = first_chars(branch, flags)
            if chars is None:
                self._always.append(i)
                continue
            for ch in chars:
                if ch in _CATEGORY_TEST:
                    self._by_category.setdefault(ch, []).append(i)
                    continue
                for variant in {ch, ch.lower(), ch.upper()}:
                    self._by_char.setdefault(variant, []).append(i)
        self._char_cache: dict[str, re.Pattern[str] | None] = {}  # no letter before the position
        self._after_letter_cache: dict[str, re.Pattern[str] | None] = {}
        self._unguarded_only: set[str] = set()  # cached characters none of whose branches has the guard
        # characters at which no branch starts and the fallback does not match: spaces, most
        # punctuation. Skipped without a regex call; they were two failed calls each.
        self._dead: set[str] = set()

    def set_fallback(self, groups: list[tuple[str, list[str]]]) -> None:
        """Lowest-priority groups (plain words), compiled once on their own and
        tried where nothing else matched, so they are not compiled into every
        first-character pattern.

        Whether a fallback branch can match at a character must depend on that
        character alone: no lookbehind, and a lookahead at the start only about the
        character itself (the lexer's "not CJK" lookahead before its letter class is fine, a
        word boundary is not). A character where nothing matched once is then skipped for
        good (``_dead``)."""
        self._fallback = re.compile("|".join(f"(?P<{name}>{'|'.join(b)})" for name, b in groups), self._flags)
        self._dead.clear()  # learned against the previous fallback

    def warm(self, chars: str) -> None:
        """Compile the patterns of ``chars`` now rather than on first use."""
        for ch in set(chars) | self.starting_chars():
            self.pattern_for(ch)
            self.pattern_for(ch, after_letter=True)

    def starting_chars(self) -> set[str]:
        """Every literal character some branch can start with."""
        return set(self._by_char)

    def pattern_for(self, ch: str, after_letter: bool = False) -> re.Pattern[str] | None:
        """The branches that can start at ``ch``; None when none can. ``after_letter``: a letter
        stands right before the position, so the guarded branches cannot match."""
        cache = self._after_letter_cache if after_letter else self._char_cache
        if ch in cache:
            return cache[ch]
        chosen = set(self._always)
        for variant in {ch, ch.lower(), ch.upper()}:
            chosen.update(self._by_char.get(variant, ()))
        for category, branches in self._by_category.items():
            if _CATEGORY_TEST[category](ch):
                chosen.update(branches)
        if after_letter:
            chosen = {i for i in chosen if self._unguarded[i] is None}
        rx = self._compile(tuple(sorted(chosen)), after_letter) if chosen else None
        if len(cache) < 4096:
            cache[ch] = rx
            if not after_letter and all(self._unguarded[i] is None for i in chosen):
                self._unguarded_only.add(ch)  # the same pattern serves after a letter: no need to look
        return rx

    @lru_cache(maxsize=2048)  # noqa: B019 - one instance per process
    def _compile(self, chosen: tuple[int, ...], after_letter: bool) -> re.Pattern[str]:
        groups: dict[str, list[str]] = {}
        for i in chosen:
            name, branch = self._branches[i]
            # no letter before the position: a guarded branch's guard holds, so it is left out
            groups.setdefault(name, []).append(branch if after_letter else self._unguarded[i] or branch)
        # dicts keep insertion order, and ``chosen`` is sorted: original priority
        return re.compile("|".join(f"(?P<{name}>{'|'.join(b)})" for name, b in groups.items()), self._flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos, end = 0, len(text)
        cache = self._char_cache  # read directly: a method call per token was a tenth of the lexer
        after_letter_cache = self._after_letter_cache
        unguarded_only = self._unguarded_only
        pattern_for = self.pattern_for
        fallback = self._fallback
        dead = self._dead
        while pos < end:
            ch = text[pos]
            if ch in dead:
                pos += 1
                continue
            rx = cache[ch] if ch in cache else pattern_for(ch)
            after_letter = False
            if pos and ch not in unguarded_only:
                before = text[pos - 1]
                if before.isalnum() and not before.isdecimal():  # what the guard's [^\W\d_] matches
                    after_letter = True
                    rx = after_letter_cache[ch] if ch in after_letter_cache else pattern_for(ch, True)
            m = rx.match(text, pos) if rx is not None else None
            if m is None and fallback is not None:
                m = fallback.match(text, pos)
            if m is None and rx is None and not after_letter and len(dead) < 4096:
                dead.add(ch)  # no branch at all starts with it (the pattern after a letter has fewer)
            if m is None or m.end() == pos:
                pos += 1
                continue
            yield m
            pos = m.end()
