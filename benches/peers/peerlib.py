"""What several peer scripts share: OpenSanctions' nomenklatura matchers on
name pairs (they compare FollowTheMoney entities, not strings)."""


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
