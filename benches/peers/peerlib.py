"""What several peer scripts share: the newswire binary they time, and
OpenSanctions' nomenklatura matchers on name pairs (they compare
FollowTheMoney entities, not strings)."""

import os
import subprocess


def newswire_binary(args, root):
    """The newswire CLI to time: the one after `--newswire BIN` in `args`
    (both removed from `args`), else the workspace's release build, built
    first so that a fresh clone runs and an edited one is not timed stale."""
    if "--newswire" in args:
        i = args.index("--newswire")
        binary = args[i + 1]
        del args[i:i + 2]
        return binary
    subprocess.run(["cargo", "build", "-q", "--release", "-p", "newswire-cli"], cwd=root, check=True)
    return os.path.join(root, "target", "release", "newswire")


def person_pairs(pairs):
    """(a, b) name pairs as pairs of FollowTheMoney Person entities."""
    from followthemoney import model

    def ent(i, n):
        e = model.make_entity("Person")
        e.id = i
        e.add("name", n)
        return e

    return [(ent("a", a), ent("b", b)) for a, b in pairs]


def nomenklatura_matchers():
    """{matcher name: score(entity_a, entity_b)} for the name-based and
    OFAC matchers, with the default scoring configuration."""
    from nomenklatura.matching import NameMatcher, OFACMatcher
    from nomenklatura.matching.types import ScoringConfig

    cfg = ScoringConfig.defaults()
    return {m.NAME: (lambda x, y, m=m: m.compare(x, y, cfg).score) for m in (NameMatcher, OFACMatcher)}
