using Deliberation.Api.V1;
using Deliberation.Tally;
using Deliberation.Tally.Motions;

namespace Deliberation.Server.Tally;

/// <summary>A motion rule as the API shows it: the reverse of <see cref="MotionRule(TallyMotionRule)"/>, for ballots that state their rule.</summary>
internal static partial class TallyMapping
{
    internal static TallyMotionRule ToApi(MotionRule rule) => new()
    {
        Threshold = Threshold(rule.Threshold),
        Base = Base(rule.Base),
        Quorum = rule.Quorum is { } quorum
            ? new TallyQuorum
            {
                Count = quorum.Count is { } count ? Show(count) : "",
                Share = quorum.Share is { } share ? Fraction(share) : null,
                Counts = quorum.Counts == QuorumBasis.Present ? TallyQuorumBasis.Present : TallyQuorumBasis.BallotsCast,
            }
            : null,
        Tie = rule.Tie is { } tie
            ? new TallyMotionTie
            {
                Rule = tie.Rule switch
                {
                    MotionTieRule.ChairDecides => TallyMotionTieRule.ChairDecides,
                    MotionTieRule.Lot => TallyMotionTieRule.Lot,
                    _ => TallyMotionTieRule.Fails,
                },
                ChairVote = tie.ChairVote switch
                {
                    MotionChoice.Yes => VoteChoice.Yes,
                    MotionChoice.No => VoteChoice.No,
                    MotionChoice.Abstain => VoteChoice.Abstain,
                    _ => VoteChoice.Unspecified,
                },
                Seed = tie.Seed ?? "",
            }
            : null,
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
