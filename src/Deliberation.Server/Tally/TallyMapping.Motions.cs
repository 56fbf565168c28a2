using Deliberation.Api.V1;
using Deliberation.Tally;
using Deliberation.Tally.Groups;
using Deliberation.Tally.Motions;

namespace Deliberation.Server.Tally;

/// <summary>Motions, multiple majorities and consent.</summary>
internal static partial class TallyMapping
{
    private static TallyResponse Motion(TallyRequest request)
    {
        var rule = MotionRule(request.Motion);
        var result = Deliberation.Tally.Motions.Motion.Tally(MotionBallots(request), rule, Electorate(request.Electorate));
        return new TallyResponse
        {
            Outcome = new TallyOutcome { Decision = Decision(result.Outcome), Irresolute = result.Outcome == MotionOutcome.AwaitingChair },
            Text = result.Text,
            Lot = rule.TieRule is { Rule: MotionTieRule.Lot, Seed: { } seed } ? LotDraw(seed, [Deliberation.Tally.Motions.Motion.LotAdopt, Deliberation.Tally.Motions.Motion.LotReject]) : null,
            Motion = Explain(result),
        };
    }

    private static TallyResponse MultipleMajority(TallyRequest request)
    {
        var mm = request.MultipleMajority;
        var rule = new MultipleMajorityRule(MotionRule(mm.Overall),
            mm.Groups.Select(g => new GroupRequirement(g.Group, MotionRule(g.Rule))).ToList());
        var electorates = mm.Groups.Where(g => g.Electorate is not null)
            .GroupBy(g => g.Group, StringComparer.Ordinal) // a repeated group is the library's to report
            .ToDictionary(g => g.Key, g => Electorate(g.First().Electorate)!, StringComparer.Ordinal);
        var result = Deliberation.Tally.Groups.MultipleMajority.Tally(MotionBallots(request), rule, Electorate(request.Electorate), electorates);
        // Not adopted: rejected, unless every part that failed only waits for its chair's casting vote.
        var failing = result.Groups.Where(g => !g.Held).Select(g => g.Tally.Outcome)
            .Concat(result.Overall.Adopted ? [] : [result.Overall.Outcome]).ToList();
        var decision = result.Adopted ? TallyDecision.Adopted
            : result.Overall.Outcome == MotionOutcome.NoQuorum ? TallyDecision.NoQuorum
            : failing.All(o => o == MotionOutcome.AwaitingChair) ? TallyDecision.AwaitingChair
            : TallyDecision.Rejected;
        return new TallyResponse
        {
            Outcome = new TallyOutcome { Decision = decision, Irresolute = decision == TallyDecision.AwaitingChair },
            Text = result.Text,
            MultipleMajority = new TallyMultipleMajorityExplanation
            {
                Overall = Explain(result.Overall),
                Groups = { result.Groups.Select(g => new TallyGroupCount { Group = g.Group, Tally = Explain(g.Tally), Held = g.Held }) },
                FailedGroups = { result.FailedGroups },
            },
        };
    }

    private static TallyResponse Consent(TallyRequest request)
    {
        var rule = ConsentRule(request.Consent);
        var ballots = request.ConsentBallots.Select(b => new ConsentBallot(Position(b.Choice), Weight(b.Weight), b.Groups.Count > 0 ? b.Groups.ToList() : null)).ToList();
        var result = ConsentDecision.Tally(ballots, rule, Electorate(request.Electorate));
        return new TallyResponse
        {
            Outcome = new TallyOutcome { Decision = Decision(result.Outcome) },
            Text = result.Text,
            Consent = new TallyConsentExplanation
            {
                Consent = Show(result.Consent),
                StandAside = Show(result.StandAside),
                Block = Show(result.Block),
                Groups =
                {
                    result.Groups.Select(g => new TallyGroupPositions
                    {
                        Group = g.Group, Consent = Show(g.Consent), StandAside = Show(g.StandAside), Block = Show(g.Block), Stops = g.Stops,
                    }),
                },
                Quorum = QuorumCheck(result.Quorum),
                StoppedOverall = result.StoppedOverall,
                StoppingGroups = { result.StoppingGroups },
            },
        };
    }

    /// <summary>A consent rule as the library takes it (also the rule a consent ballot opens with).</summary>
    internal static ConsentRule ConsentRule(TallyConsentRule rule) => new(
        BlocksToStop: TallyDecimals.Parse(rule.BlocksToStop, empty: 1m),
        BlocksFromOneGroupToStop: rule.BlocksFromOneGroupToStop.Length > 0 ? TallyDecimals.Parse(rule.BlocksFromOneGroupToStop) : null,
        Groups: rule.Groups.Count > 0 ? rule.Groups.ToList() : null,
        Quorum: Quorum(rule.Quorum));

    /// <summary>A validated position (consent, stand aside or block) as the library takes it.</summary>
    internal static ConsentChoice Position(TallyConsentChoice choice) => choice switch
    {
        TallyConsentChoice.Consent => ConsentChoice.Consent,
        TallyConsentChoice.StandAside => ConsentChoice.StandAside,
        _ => ConsentChoice.Block,
    };

    internal static TallyConsentChoice ToApi(ConsentChoice? position) => position switch
    {
        ConsentChoice.Consent => TallyConsentChoice.Consent,
        ConsentChoice.StandAside => TallyConsentChoice.StandAside,
        ConsentChoice.Block => TallyConsentChoice.Block,
        _ => TallyConsentChoice.Unspecified,
    };

    internal static TallyDecision Decision(ConsentOutcome outcome) => outcome switch
    {
        ConsentOutcome.Adopted => TallyDecision.Adopted,
        ConsentOutcome.Blocked => TallyDecision.Blocked,
        ConsentOutcome.NoConsent => TallyDecision.NoConsent,
        _ => TallyDecision.NoQuorum,
    };

    private static List<MotionBallot> MotionBallots(TallyRequest request) =>
        request.MotionBallots.Select(b => new MotionBallot(Choice(b.Choice), Weight(b.Weight), b.Groups.Count > 0 ? b.Groups.ToList() : null)).ToList();

    private static MotionChoice Choice(VoteChoice choice) => choice switch
    {
        VoteChoice.Yes => MotionChoice.Yes,
        VoteChoice.No => MotionChoice.No,
        _ => MotionChoice.Abstain,
    };

    /// <summary>A motion rule as the library takes it (also the rule a ballot opens with).</summary>
    internal static MotionRule MotionRule(TallyMotionRule rule) => new(
        new Threshold(Fraction(rule.Threshold.Share), rule.Threshold.Comparison == TallyThresholdComparison.MoreThan),
        rule.Base switch
        {
            TallyMotionBase.VotesCast => MotionBase.VotesCast,
            TallyMotionBase.VotesCastWithAbstentions => MotionBase.VotesCastWithAbstentions,
            TallyMotionBase.Present => MotionBase.Present,
            _ => MotionBase.Eligible,
        },
        Quorum(rule.Quorum),
        rule.Tie is null ? null : rule.Tie.Rule switch
        {
            TallyMotionTieRule.ChairDecides => MotionTieBreak.Chair(rule.Tie.ChairVote == VoteChoice.Unspecified ? null : Choice(rule.Tie.ChairVote)),
            TallyMotionTieRule.Lot => MotionTieBreak.ByLot(rule.Tie.Seed),
            _ => MotionTieBreak.Fails,
        });

    private static Fraction Fraction(TallyFraction share) => new(share.Numerator, share.Denominator);

    private static Quorum? Quorum(TallyQuorum? quorum) => quorum is null ? null : new Quorum(
        quorum.Count.Length > 0 ? TallyDecimals.Parse(quorum.Count) : null,
        quorum.Share is null ? null : Fraction(quorum.Share),
        quorum.Counts == TallyQuorumBasis.Present ? QuorumBasis.Present : QuorumBasis.BallotsCast);

    private static Electorate? Electorate(TallyElectorate? electorate) => electorate is null ? null
        : new Electorate(TallyDecimals.Parse(electorate.Eligible), electorate.Present.Length > 0 ? TallyDecimals.Parse(electorate.Present) : null);

    private static TallyDecision Decision(MotionOutcome outcome) => outcome switch
    {
        MotionOutcome.Adopted => TallyDecision.Adopted,
        MotionOutcome.Rejected => TallyDecision.Rejected,
        MotionOutcome.NoQuorum => TallyDecision.NoQuorum,
        _ => TallyDecision.AwaitingChair,
    };

    private static TallyMotionExplanation Explain(MotionTally t) => new()
    {
        Yes = Show(t.Yes),
        No = Show(t.No),
        Abstain = Show(t.Abstain),
        BaseKind = Base(t.BaseKind),
        Base = Show(t.Base),
        Threshold = Threshold(t.Threshold),
        Required = Show(t.Required),
        Quorum = QuorumCheck(t.Quorum),
        Tied = t.Tied,
        TieSettledBy = t.TieSettledBy switch
        {
            null => TallyMotionTieRule.Unspecified,
            MotionTieRule.ChairDecides => TallyMotionTieRule.ChairDecides,
            MotionTieRule.Lot => TallyMotionTieRule.Lot,
            _ => TallyMotionTieRule.Fails,
        },
        Decision = Decision(t.Outcome),
        Text = t.Text,
    };

    private static TallyQuorumCheck? QuorumCheck(QuorumCheck? q) => q is null ? null : new TallyQuorumCheck
    {
        Required = Show(q.Required),
        Participation = Show(q.Participation),
        Basis = q.Basis == QuorumBasis.Present ? TallyQuorumBasis.Present : TallyQuorumBasis.BallotsCast,
        Met = q.Met,
    };
}
