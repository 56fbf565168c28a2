using Deliberation.Api.V1;

namespace Deliberation.Cli.Commands;

/// <summary>The motion rules a moderator names on the command line (the presets of tally.proto), and how a ballot's rule reads.</summary>
internal static class BallotRules
{
    public const string Names = "simple|absolute|two-thirds|three-quarters|unanimity";

    public static TallyMotionRule? Preset(string name) => name switch
    {
        "simple" => Rule(1, 2, TallyThresholdComparison.MoreThan, TallyMotionBase.VotesCast),
        "absolute" => Rule(1, 2, TallyThresholdComparison.MoreThan, TallyMotionBase.Eligible),
        "two-thirds" => Rule(2, 3, TallyThresholdComparison.AtLeast, TallyMotionBase.VotesCast),
        "three-quarters" => Rule(3, 4, TallyThresholdComparison.AtLeast, TallyMotionBase.VotesCast),
        "unanimity" => Rule(1, 1, TallyThresholdComparison.AtLeast, TallyMotionBase.VotesCast),
        _ => null,
    };

    /// <summary>E.g. "more than 1/2 of the votes cast, overall and in each community (albanian, serbian)".</summary>
    public static string Describe(BallotRule rule)
    {
        var motion = rule.Motion;
        var threshold = $"{(motion.Threshold.Comparison == TallyThresholdComparison.MoreThan ? "more than" : "at least")} {motion.Threshold.Share.Numerator}/{motion.Threshold.Share.Denominator}";
        var of = motion.Base switch
        {
            TallyMotionBase.VotesCast => "the yes and no votes",
            TallyMotionBase.VotesCastWithAbstentions => "the votes cast, abstentions included",
            _ => "the whole electorate",
        };
        var where = rule.MajorityInEachValueOf.Length > 0 ? $", overall and in each {rule.MajorityInEachValueOf} ({string.Join(", ", rule.Values)})" : "";
        return $"yes from {threshold} of {of}{where}";
    }

    private static TallyMotionRule Rule(long numerator, long denominator, TallyThresholdComparison comparison, TallyMotionBase @base) => new()
    {
        Threshold = new TallyThreshold { Share = new TallyFraction { Numerator = numerator, Denominator = denominator }, Comparison = comparison },
        Base = @base,
    };
}
