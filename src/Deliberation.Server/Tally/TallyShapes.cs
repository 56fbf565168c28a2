using Deliberation.Api.V1;
using Rule = Deliberation.Api.V1.TallyRequest.RuleOneofCase;

namespace Deliberation.Server.Tally;

/// <summary>The ballot kinds of the Tally RPC: each rule reads exactly one of the request's ballot lists.</summary>
internal enum BallotKind { Motion, Consent, Plurality, Approval, Ranked, Score }

/// <summary>What a rule family reads from a <see cref="TallyRequest"/> besides its own parameters.</summary>
internal sealed record TallyShape(BallotKind Ballots, bool Options, bool Projects, bool TieBreak, bool Electorate)
{
    /// <summary>The proto name of the rule's field in the request's <c>rule</c> oneof, e.g. "instant_runoff".</summary>
    public static string RuleField(Rule rule) => TallyRequest.Descriptor.FindFieldByNumber((int)rule).Name;

    /// <summary>The proto name of a ballot list, e.g. "ranked_ballots".</summary>
    public static string BallotsField(BallotKind kind) => kind switch
    {
        BallotKind.Motion => "motion_ballots",
        BallotKind.Consent => "consent_ballots",
        BallotKind.Plurality => "plurality_ballots",
        BallotKind.Approval => "approval_ballots",
        BallotKind.Ranked => "ranked_ballots",
        _ => "score_ballots",
    };

    public static TallyShape Of(Rule rule) => rule switch
    {
        Rule.Motion or Rule.MultipleMajority => new(BallotKind.Motion, false, false, false, true),
        Rule.Consent => new(BallotKind.Consent, false, false, false, true),
        Rule.Plurality => new(BallotKind.Plurality, true, false, true, false),
        Rule.Approval or Rule.SequentialPhragmen => new(BallotKind.Approval, true, false, true, false),
        Rule.Score => new(BallotKind.Score, true, false, true, false),
        Rule.Borda or Rule.InstantRunoff or Rule.Schulze or Rule.RankedPairs or Rule.Stv => new(BallotKind.Ranked, true, false, true, false),
        Rule.GreedyBudget or Rule.EqualShares => new(BallotKind.Approval, false, true, true, false),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "No rule."),
    };

    /// <summary>How many ballots each list of the request holds, by kind.</summary>
    public static IEnumerable<(BallotKind Kind, int Count)> BallotCounts(TallyRequest r) =>
    [
        (BallotKind.Motion, r.MotionBallots.Count),
        (BallotKind.Consent, r.ConsentBallots.Count),
        (BallotKind.Plurality, r.PluralityBallots.Count),
        (BallotKind.Approval, r.ApprovalBallots.Count),
        (BallotKind.Ranked, r.RankedBallots.Count),
        (BallotKind.Score, r.ScoreBallots.Count),
    ];
}
