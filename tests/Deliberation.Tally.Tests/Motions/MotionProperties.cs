using Deliberation.Tally.Groups;
using Deliberation.Tally.Motions;
using FsCheck.Xunit;

namespace Deliberation.Tally.Tests.Motions;

public class MotionProperties
{
    private static readonly MotionRule[] Rules =
    [
        MotionRule.SimpleMajority,
        MotionRule.TwoThirds(MotionBase.VotesCastWithAbstentions),
        MotionRule.SimpleMajority with { Tie = MotionTieBreak.ByLot("seed") },
        new(Threshold.MoreThan(3, 5), MotionBase.VotesCast, Quorum.OfCount(3)),
    ];

    [Property]
    public bool A_ballot_of_weight_two_counts_as_two_identical_ballots(MotionChoice[] choices, byte pick, byte ruleIndex)
    {
        if (choices.Length == 0) return true;
        var i = pick % choices.Length;
        var rule = Rules[ruleIndex % Rules.Length];
        var doubled = choices.Select((c, j) => new MotionBallot(c, j == i ? 2 : 1)).ToList();
        var repeated = choices.Select(c => new MotionBallot(c)).Append(new MotionBallot(choices[i])).ToList();

        return Motion.Tally(doubled, rule) == Motion.Tally(repeated, rule);
    }

    [Property]
    public bool Group_and_consent_rules_treat_weight_two_as_two_ballots(bool[] inGroup, ConsentChoice[] consent, byte pick)
    {
        if (inGroup.Length == 0 || consent.Length == 0) return true;
        var motion = inGroup.Select((g, j) => new MotionBallot(j % 3 == 0 ? MotionChoice.No : MotionChoice.Yes, 1, g ? ["g"] : [])).ToList();
        var i = pick % motion.Count;
        var rule = new MultipleMajorityRule(MotionRule.SimpleMajority, [new GroupRequirement("g", MotionRule.SimpleMajority)]);
        var a = MultipleMajority.Tally(motion.Select((b, j) => j == i ? b with { Weight = 2 } : b).ToList(), rule);
        var b = MultipleMajority.Tally([.. motion, motion[i]], rule);

        var c = pick % consent.Length;
        var ballots = consent.Select(x => new ConsentBallot(x, 1, ["g"])).ToList();
        var rule2 = ConsentRule.GroupVeto(blocks: 2, overall: 3);
        var x = ConsentDecision.Tally(ballots.Select((v, j) => j == c ? v with { Weight = 2 } : v).ToList(), rule2);
        var y = ConsentDecision.Tally([.. ballots, ballots[c]], rule2);

        return a.Text == b.Text && a.Adopted == b.Adopted && x.Text == y.Text && x.Outcome == y.Outcome;
    }

    [Property]
    public bool A_lot_gives_the_same_outcome_every_time_for_the_same_seed(string seed, byte n)
    {
        if (string.IsNullOrEmpty(seed)) return true;
        var rule = MotionRule.SimpleMajority with { Tie = MotionTieBreak.ByLot(seed) };
        var ballots = MotionBallots.Of(n, n);
        return Motion.Tally(ballots, rule) == Motion.Tally(ballots.AsEnumerable().Reverse(), rule);
    }
}
