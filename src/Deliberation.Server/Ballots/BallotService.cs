using Deliberation.Api.V1;
using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Engine.Ballots;
using Deliberation.Engine.Ballots.CloseBallot;
using Deliberation.Engine.Ballots.OpenBallot;
using Deliberation.Engine.Ballots.Secrecy;
using Deliberation.Engine.Ballots.Voting;
using Deliberation.Engine.Requests;
using Deliberation.Server.Access;
using Deliberation.Server.Common;
using Grpc.Core;
using Model = Deliberation.Domain.Ballots;

namespace Deliberation.Server.Ballots;

internal sealed partial class BallotService(CommandRunner runner, SessionAccess access, Electorates electorates, VoteBatcher votes, BallotReader ballots, BallotKeys keys)
    : Api.V1.BallotService.BallotServiceBase
{
    public override async Task<OpenBallotResponse> OpenBallot(OpenBallotRequest request, ServerCallContext context)
    {
        var command = request.Options is null ? await MotionAsync(request, context) : await OnOptionsAsync(request, context);
        var ballot = await runner.RunAsync(request.KeyFor(nameof(OpenBallot), context),
            (store, now, ct) => OpenBallotHandler.HandleAsync(store, keys, command, now, ct), context.CancellationToken);
        // This node reads the electorate now, before the room is told the ballot is open, instead of in the first votes' batches.
        await electorates.FindAsync(ballot.Id, context.CancellationToken);
        return new OpenBallotResponse { Ballot = ballot.ToApi(0, null) };
    }

    private async Task<Model.OpenBallot.OpenBallot> MotionAsync(OpenBallotRequest request, ServerCallContext context)
    {
        var (proposal, member) = await access.RequireOnAsync<Domain.Proposals.Proposal>(
            context, Ids.Of(request.ProposalId), "proposal", p => p.SessionId, Permission.Moderate);
        return new Model.OpenBallot.OpenBallot(Guid.CreateVersion7(), proposal.Id, request.Secrecy.ToDomain(), request.ChangesAllowed,
            request.ClosesAt?.ToDateTimeOffset(), member.Actor, request.AmendmentId is { Length: > 0 } amendment ? Ids.Of(amendment) : null)
        {
            Motion = request.Rule?.Motion is { } motion ? Tally.TallyMapping.MotionRule(motion) : null,
            Consent = request.Rule?.Consent is { } consent ? Tally.TallyMapping.ConsentRule(consent) : null,
            InEachValueOf = request.Rule switch
            {
                { MajorityInEachValueOf.Length: > 0 } rule => rule.MajorityInEachValueOf,
                { VetoInEachValueOf.Length: > 0 } rule => rule.VetoInEachValueOf,
                _ => null,
            },
            Weights = WeightsOf(request),
        };
    }

    private async Task<Model.OpenBallot.OpenBallot> OnOptionsAsync(OpenBallotRequest request, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        var member = await access.RequireAsync(context, sessionId, Permission.Moderate);
        return new Model.OpenBallot.OpenBallot(Guid.CreateVersion7(), null, request.Secrecy.ToDomain(), request.ChangesAllowed,
            request.ClosesAt?.ToDateTimeOffset(), member.Actor)
        {
            Options = request.Options.ToDomain(), SessionId = sessionId, Weights = WeightsOf(request),
        };
    }

    private static Dictionary<Guid, int> WeightsOf(OpenBallotRequest request) => request.Weights.ToDictionary(w => Ids.Of(w.Key), w => w.Value);

    public override async Task<CastVoteResponse> CastVote(CastVoteRequest request, ServerCallContext context)
    {
        var ballotId = Ids.Of(request.BallotId);
        var (voter, secret) = await RequireVoterAsync(context, ballotId);
        // On a secret ballot the request's fingerprint leaves the choice out: a hash of a request that carries one of
        // three choices gives it away to whoever tries them. A retry that changes the choice then replays the first answer.
        var key = (secret ? new CastVoteRequest(request) { Choice = VoteChoice.Unspecified, Marks = null, Position = TallyConsentChoice.Unspecified } : request)
            .KeyFor(nameof(CastVote), context);
        var position = request.Position == TallyConsentChoice.Unspecified
            ? (Deliberation.Tally.Groups.ConsentChoice?)null
            : Tally.TallyMapping.Position(request.Position);
        var cast = new Engine.Ballots.Voting.CastRequest(key, ballotId, voter,
            request.Marks is null && position is null ? request.Choice.ToDomain() : null, request.Marks?.ToDomain(), position);
        var (vote, receipt) = await votes.SubmitAsync(cast, context.CancellationToken);
        // A replayed answer reads the receipt from the paper; once a secret ballot's key is destroyed, nobody can, and it stays empty.
        receipt ??= vote.Paper!.Sealed is { } sealedPaper ? keys.TryUnseal(ballotId, sealedPaper)?.Receipt : vote.Paper.Receipt;
        return new CastVoteResponse { VoteId = vote.Id.ToString(), CastAt = vote.At.ToApi(), Receipt = receipt ?? "" };
    }

    public override async Task<WithdrawVoteResponse> WithdrawVote(WithdrawVoteRequest request, ServerCallContext context)
    {
        var ballotId = Ids.Of(request.BallotId);
        var (voter, _) = await RequireVoterAsync(context, ballotId);
        var (vote, _) = await votes.SubmitAsync(
            new Engine.Ballots.Voting.WithdrawRequest(request.KeyFor(nameof(WithdrawVote), context), ballotId, voter), context.CancellationToken);
        return new WithdrawVoteResponse { VoteId = vote.Id.ToString(), WithdrawnAt = vote.At.ToApi() };
    }

    public override async Task<CloseBallotResponse> CloseBallot(CloseBallotRequest request, ServerCallContext context)
    {
        var (ballot, member) = await access.RequireOnAsync<Model.Ballot>(context, Ids.Of(request.BallotId), "ballot", b => b.SessionId, Permission.Moderate);
        var command = new Model.CloseBallot.CloseBallot(ballot.Id, member.Actor);
        var closed = await BallotClosing.CloseAsync(runner, keys, request.KeyFor(nameof(CloseBallot), context), command, context.CancellationToken);
        return new CloseBallotResponse { Ballot = closed.ToApi(closed.Record.Count, null) };
    }

    public override async Task<GetBallotResponse> GetBallot(GetBallotRequest request, ServerCallContext context)
    {
        var (ballot, _) = await access.RequireOnAsync<Model.Ballot>(context, Ids.Of(request.BallotId), "ballot", b => b.SessionId, Permission.View);
        if (ballot.Status == Model.BallotStatus.Closed) return new GetBallotResponse { Ballot = ballot.ToApi(ballot.Record.Count, null) };
        var standing = await ballots.StandingAsync(ballot.Id, context.CancellationToken);
        // Totals while open only where the ballot is public: with results hidden or secret, nobody, moderators included, sees any.
        // An options ballot has none (its count is the method's, at close); a public one's papers are in the feed.
        var running = ballot is { Secrecy: Model.BallotSecrecy.Public, Options: null } ? standing.ToApi() : null;
        return new GetBallotResponse { Ballot = ballot.ToApi(standing.Count, running) };
    }

    public override async Task<GetBallotRecordResponse> GetBallotRecord(GetBallotRecordRequest request, ServerCallContext context)
    {
        var (ballot, _) = await access.RequireOnAsync<Model.Ballot>(context, Ids.Of(request.BallotId), "ballot", b => b.SessionId, Permission.View);
        if (ballot.Status != Model.BallotStatus.Closed)
            throw new RuleViolation(RuleViolationReason.BallotNotClosed, $"Ballot {ballot.Id} is open; its record is published when it closes.");
        return new GetBallotRecordResponse { Ballot = ballot.ToApi(ballot.Record.Count, null), Votes = { ballot.Record.Select(v => v.ToApi()) } };
    }

    /// <summary>
    /// The caller as a voter of the ballot. The hot path reads nothing: the electorate is cached, and
    /// being in it is what voting needs. Anyone else is told why not, as every call in a session is.
    /// </summary>
    public override async Task<RecordBallotBatchResponse> RecordBallotBatch(RecordBallotBatchRequest request, ServerCallContext context)
    {
        var (ballot, member) = await access.RequireOnAsync<Model.Ballot>(context, Ids.Of(request.BallotId), "ballot", b => b.SessionId, Permission.Moderate);
        var command = new Model.CountedBatches.RecordBallotBatch(ballot.Id, Guid.CreateVersion7(),
            request.Kind == BatchKind.Paper ? Model.CountedBatches.BatchKind.Paper : Model.CountedBatches.BatchKind.ShowOfHands,
            request.Yes, request.No, request.Abstain, request.Dimension is { Length: > 0 } d ? d : null, request.Value is { Length: > 0 } v ? v : null, request.Note, member.Actor)
        {
            Papers = request.Papers.Select(p => new Model.CountedBatches.CountedPapers(p.Marks?.ToDomain() ?? new([]), p.Count)).ToList(),
            Positions = new(request.Consent, request.StandAside, request.Block),
        };
        var recorded = await runner.RunAsync(request.KeyFor(nameof(RecordBallotBatch), context),
            (store, now, ct) => Engine.Ballots.CountedBatches.RecordBallotBatchHandler.HandleAsync(store, command, now, ct), context.CancellationToken);
        return new RecordBallotBatchResponse { Ballot = recorded.ToApi((await ballots.StandingAsync(recorded.Id, context.CancellationToken)).Count, null) };
    }

    private async Task<(Guid Voter, bool Secret)> RequireVoterAsync(ServerCallContext context, Guid ballotId)
    {
        var caller = Caller.Of(context);
        var electorate = await electorates.FindAsync(ballotId, context.CancellationToken);
        if (electorate is not null && caller is { ParticipantId: { } voter, SessionId: { } session } && session == electorate.SessionId
            && electorate.Voters.ContainsKey(voter))
            return (voter, electorate.Secrecy == Model.BallotSecrecy.Secret);
        var (_, member) = await access.RequireOnAsync<Model.Ballot>(context, ballotId, "ballot", b => b.SessionId, Permission.Vote);
        electorate!.Require(member.Actor.ParticipantId!.Value);
        return (member.Actor.ParticipantId.Value, electorate.Secrecy == Model.BallotSecrecy.Secret);
    }
}
