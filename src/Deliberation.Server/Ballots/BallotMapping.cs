using Deliberation.Api.V1;
using Deliberation.Server.Common;
using Deliberation.Tally.Motions;
using Google.Protobuf.WellKnownTypes;
using Model = Deliberation.Domain.Ballots;

namespace Deliberation.Server.Ballots;

internal static class BallotMapping
{
    public static Ballot ToApi(this Model.Ballot ballot, int votesStanding, RunningTotals? running) => new()
    {
        BallotId = ballot.Id.ToString(),
        SessionId = ballot.SessionId.ToString(),
        ProposalId = Ids.Text(ballot.ProposalId),
        AmendmentId = Ids.Text(ballot.AmendmentId),
        Rule = ballot.Options is null ? ballot.Rule.ToApi() : null,
        Options = ballot.Options?.ToApi(),
        OptionsResult = ballot.OptionsResult?.ToApi(),
        ConsentResult = ballot.ConsentResult?.ToApi(),
        Form = ballot.Options?.Rule.Form.ToApi() ?? MarkForm.Unspecified,
        Status = ballot.Status == Model.BallotStatus.Open ? BallotStatus.Open : BallotStatus.Closed,
        OpenedAt = Timestamp.FromDateTimeOffset(ballot.OpenedAt),
        ClosedAt = ballot.ClosedAt is { } closedAt ? Timestamp.FromDateTimeOffset(closedAt) : null,
        Result = ballot.Result?.ToApi(ballot.Breakdown),
        RoundId = ballot.RoundId.ToString(),
        ChangesAllowed = ballot.ChangesAllowed,
        ElectorCount = ballot.ElectorCount,
        VotesStanding = votesStanding,
        Secrecy = ballot.Secrecy switch
        {
            Model.BallotSecrecy.Public => BallotSecrecy.Public,
            Model.BallotSecrecy.ResultsHidden => BallotSecrecy.ResultsHidden,
            _ => BallotSecrecy.Secret,
        },
        RunningTotals = running,
        ClosesAt = ballot.ClosesAt is { } closesAt ? Timestamp.FromDateTimeOffset(closesAt) : null,
        Turnout = ballot.Turnout?.ToApi(),
        // Counts by choice are running totals: kept from everyone until close, unless the ballot is public.
        Batches = { ballot.Batches.Select(b => b.ToApi(showCounts: ballot.Secrecy == Model.BallotSecrecy.Public || ballot.Status == Model.BallotStatus.Closed)) },
    };

    public static BallotBatch ToApi(this Model.CountedBatches.BallotBatchRecorded batch, bool showCounts) => new()
    {
        BatchId = batch.BatchId.ToString(),
        Kind = batch.Kind == Model.CountedBatches.BatchKind.Paper ? BatchKind.Paper : BatchKind.ShowOfHands,
        Votes = batch.Votes,
        Yes = showCounts ? batch.Yes : 0,
        No = showCounts ? batch.No : 0,
        Abstain = showCounts ? batch.Abstain : 0,
        Papers = { showCounts ? batch.Papers.Select(p => new CountedPapers { Marks = p.Marks.ToApi(), Count = p.Count }) : [] },
        Consent = showCounts ? batch.Positions.Consent : 0,
        StandAside = showCounts ? batch.Positions.StandAside : 0,
        Block = showCounts ? batch.Positions.Block : 0,
        Dimension = batch.Dimension ?? "",
        Value = batch.Value ?? "",
        Note = batch.Note,
        RecordedAt = Timestamp.FromDateTimeOffset(batch.At),
    };

    public static Turnout ToApi(this Model.CloseBallot.Turnout turnout) => new()
    {
        Electors = turnout.Electors, Voted = turnout.Voted, CountedInRoom = turnout.CountedInRoom, ByProxy = turnout.ByProxy,
        ByGroup = { turnout.ByGroup.Select(g => new GroupTurnout { Dimension = g.Dimension, Value = g.Value, Electors = g.Electors, Voted = g.Voted }) },
    };

    public static BallotResult ToApi(this MotionResult result, IEnumerable<Model.CloseBallot.GroupVotes> breakdown) => new()
    {
        Yes = result.Yes,
        No = result.No,
        Abstain = result.Abstain,
        Base = result.Base,
        Adopted = result.Adopted,
        Explanation = result.Explanation,
        ByGroup =
        {
            breakdown.Select(g => new GroupResult
            {
                Dimension = g.Dimension, Value = g.Value, Voted = g.Voted, Yes = g.Yes, No = g.No, Abstain = g.Abstain,
                Required = g.Required, Held = g.Held, Withheld = g.Withheld,
            }),
        },
    };

    /// <summary>A motion's rule, or a consent ballot's, with the group dimension each needs.</summary>
    private static BallotRule ToApi(this Model.BallotRule rule) => rule.Consent is { } consent
        ? new BallotRule { Consent = Tally.TallyMapping.ToApi(consent), VetoInEachValueOf = rule.Dimension ?? "", Values = { rule.Values } }
        : new BallotRule { Motion = Tally.TallyMapping.ToApi(rule.Motion), MajorityInEachValueOf = rule.Dimension ?? "", Values = { rule.Values } };

    public static ConsentResult ToApi(this Model.CloseBallot.ConsentBallotResult result) => new()
    {
        Consent = result.Consent,
        StandAside = result.StandAside,
        Block = result.Block,
        Decision = Tally.TallyMapping.Decision(result.Outcome),
        Adopted = result.Adopted,
        Explanation = result.Explanation,
        ByGroup =
        {
            result.ByGroup.Select(g => new GroupConsent
            {
                Dimension = g.Dimension, Value = g.Value, Voted = g.Voted, Consent = g.Consent, StandAside = g.StandAside, Block = g.Block,
                Vetoes = g.Vetoes, Stopped = g.Stopped, Withheld = g.Withheld,
            }),
        },
    };

    public static RunningTotals ToApi(this Engine.Ballots.StandingVotes standing) => new()
    {
        Yes = standing.Yes, No = standing.No, Abstain = standing.Abstain, Consent = standing.Consent, StandAside = standing.StandAside, Block = standing.Block,
    };

    public static CountedVote ToApi(this Model.CountedVote vote) => new()
    {
        Receipt = vote.Receipt,
        Choice = Tally.TallyMapping.ToApi(vote.Choice),
        Marks = vote.Marks?.ToApi(),
        Position = Tally.TallyMapping.ToApi(vote.Position),
        VoterId = Common.Ids.Text(vote.VoterId),
        Weight = vote.Weight,
        ProxyFor = { vote.ProxyFor.Select(id => id.ToString()) },
    };

    /// <summary>A voter's grants: the session's first, then each ballot's.</summary>
    public static IEnumerable<ProxyGrant> ToApi(Model.Proxies.Proxy proxy) =>
        (proxy.SessionHolderId is { } holder ? [new ProxyGrant { GrantorId = proxy.GrantorId.ToString(), HolderId = holder.ToString() }] : Array.Empty<ProxyGrant>())
            .Concat(proxy.BallotHolders.OrderBy(b => b.Key).Select(b => new ProxyGrant { GrantorId = proxy.GrantorId.ToString(), HolderId = b.Value.ToString(), BallotId = b.Key.ToString() }));

    public static Model.BallotSecrecy ToDomain(this BallotSecrecy secrecy) => secrecy switch
    {
        BallotSecrecy.ResultsHidden => Model.BallotSecrecy.ResultsHidden,
        BallotSecrecy.Secret => Model.BallotSecrecy.Secret,
        _ => Model.BallotSecrecy.Public,
    };

    public static MotionChoice ToDomain(this VoteChoice choice) => choice switch
    {
        VoteChoice.Yes => MotionChoice.Yes,
        VoteChoice.No => MotionChoice.No,
        VoteChoice.Abstain => MotionChoice.Abstain,
        _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, "Validation admits only yes, no and abstain."),
    };
}
