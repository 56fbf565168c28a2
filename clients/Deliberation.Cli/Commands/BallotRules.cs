using Deliberation.Api.V1;

namespace Deliberation.Cli.Commands;

/// <summary>The rules a moderator names on the command line (the motion presets of tally.proto, and consent), and how a ballot's rule reads.</summary>
internal static class BallotRules
{
    public const string Names = "simple|absolute|two-thirds|three-quarters|unanimity|consent";

    /// <summary>The named rule, with the group dimension a motion needs a majority in too (on consent, a veto the server refuses without a group limit); null for a name that is none.</summary>
    public static BallotRule? Named(string name, string? inEach) =>
        name == "consent" ? new BallotRule { Consent = new TallyConsentRule(), VetoInEachValueOf = inEach ?? "" }
        : Preset(name) is { } motion ? new BallotRule { Motion = motion, MajorityInEachValueOf = inEach ?? "" }
        : null;

    /// <summary>"4 consent, 1 stand aside, 1 block".</summary>
    public static string Positions(ConsentResult result) => $"{result.Consent} consent, {result.StandAside} stand aside, {result.Block} block";

    private static TallyMotionRule? Preset(string name) => name switch
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
        if (rule.Consent is { } consent)
            return (consent.BlocksToStop is "" or "1" ? "consent: any one block stops it" : $"consent: {consent.BlocksToStop} blocks stop it")
                + (rule.VetoInEachValueOf.Length > 0 ? $", as do {consent.BlocksFromOneGroupToStop} from within any one {rule.VetoInEachValueOf} ({string.Join(", ", rule.Values)})" : "");
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
