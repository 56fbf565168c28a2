using Deliberation.Api.V1;
using Deliberation.Tally;
using Deliberation.Tally.Groups;
using Deliberation.Tally.Motions;

namespace Deliberation.Server.Tally;

/// <summary>
/// Motion and consent rules as the API shows them: the reverse of <see cref="MotionRule(TallyMotionRule)"/> and
/// <see cref="ConsentRule(TallyConsentRule)"/>, for ballots that state their rule.
/// </summary>
internal static partial class TallyMapping
{
    internal static TallyMotionRule ToApi(MotionRule rule) => new()
    {
        Threshold = Threshold(rule.Threshold),
        Base = Base(rule.Base),
        Quorum = ToApi(rule.Quorum),
        Tie = rule.Tie is { } tie
            ? new TallyMotionTie
            {
                Rule = tie.Rule switch
                {
                    MotionTieRule.ChairDecides => TallyMotionTieRule.ChairDecides,
                    MotionTieRule.Lot => TallyMotionTieRule.Lot,
                    _ => TallyMotionTieRule.Fails,
                },
                ChairVote = ToApi(tie.ChairVote),
                Seed = tie.Seed ?? "",
            }
            : null,
    };

    /// <summary>A choice as the API names it; none is unspecified. The one place a domain choice becomes the API's.</summary>
    internal static VoteChoice ToApi(MotionChoice? choice) => choice switch
    {
        MotionChoice.Yes => VoteChoice.Yes,
        MotionChoice.No => VoteChoice.No,
        MotionChoice.Abstain => VoteChoice.Abstain,
        _ => VoteChoice.Unspecified,
    };

    /// <summary>A ballot's consent rule; its veto groups are the values of the ballot's dimension, so never listed here.</summary>
    internal static TallyConsentRule ToApi(ConsentRule rule) => new()
    {
        BlocksToStop = Show(rule.BlocksToStop),
        BlocksFromOneGroupToStop = rule.BlocksFromOneGroupToStop is { } blocks ? Show(blocks) : "",
        Quorum = ToApi(rule.Quorum),
    };

    private static TallyQuorum? ToApi(Quorum? quorum) => quorum is null ? null : new TallyQuorum
    {
        Count = quorum.Count is { } count ? Show(count) : "",
        Share = quorum.Share is { } share ? Fraction(share) : null,
        Counts = quorum.Counts == QuorumBasis.Present ? TallyQuorumBasis.Present : TallyQuorumBasis.BallotsCast,
    };

    private static TallyThreshold Threshold(Threshold threshold) => new()
    {
        Share = Fraction(threshold.Share),
        Comparison = threshold.Strict ? TallyThresholdComparison.MoreThan : TallyThresholdComparison.AtLeast,
    };

    private static TallyFraction Fraction(Fraction share) => new() { Numerator = share.Numerator, Denominator = share.Denominator };

    private static TallyMotionBase Base(MotionBase @base) => @base switch
    {
        MotionBase.VotesCast => TallyMotionBase.VotesCast,
        MotionBase.VotesCastWithAbstentions => TallyMotionBase.VotesCastWithAbstentions,
        MotionBase.Present => TallyMotionBase.Present,
        _ => TallyMotionBase.Eligible,
    };
}
