using Deliberation.Api.V1;
using Deliberation.Domain.Access;
using Deliberation.Engine.Ballots;
using Deliberation.Engine.Ballots.CloseBallot;
using Deliberation.Engine.Ballots.OpenBallot;
using Deliberation.Engine.Ballots.Voting;
using Deliberation.Engine.Requests;
using Deliberation.Server.Access;
using Deliberation.Server.Common;
using Grpc.Core;
using Model = Deliberation.Domain.Ballots;

namespace Deliberation.Server.Ballots;

internal sealed class BallotService(CommandRunner runner, SessionAccess access, Electorates electorates, VoteBatcher votes, BallotReader ballots)
    : Api.V1.BallotService.BallotServiceBase
{
    public override async Task<OpenBallotResponse> OpenBallot(OpenBallotRequest request, ServerCallContext context)
    {
        var (proposal, member) = await access.RequireOnAsync<Domain.Proposals.Proposal>(
            context, Ids.Of(request.ProposalId), "proposal", p => p.SessionId, Permission.Moderate);
        var command = new Model.OpenBallot.OpenBallot(Guid.CreateVersion7(), proposal.Id, request.ChangesAllowed, member.Actor);
        var ballot = await runner.RunAsync(request.KeyFor(nameof(OpenBallot), context),
            (store, now, ct) => OpenBallotHandler.HandleAsync(store, command, now, ct), context.CancellationToken);
        return new OpenBallotResponse { Ballot = ballot.ToApi(0) };
    }

    public override async Task<CastVoteResponse> CastVote(CastVoteRequest request, ServerCallContext context)
    {
        var ballotId = Ids.Of(request.BallotId);
        var voter = await RequireVoterAsync(context, ballotId);
        var vote = await votes.SubmitAsync(
            new Engine.Ballots.Voting.CastRequest(request.KeyFor(nameof(CastVote), context), ballotId, voter, request.Choice.ToDomain()),
            context.CancellationToken);
        return new CastVoteResponse { VoteId = vote.Id.ToString(), CastAt = vote.At.ToApi(), Receipt = vote.Receipt };
    }

    public override async Task<WithdrawVoteResponse> WithdrawVote(WithdrawVoteRequest request, ServerCallContext context)
    {
        var ballotId = Ids.Of(request.BallotId);
        var voter = await RequireVoterAsync(context, ballotId);
        var vote = await votes.SubmitAsync(
            new Engine.Ballots.Voting.WithdrawRequest(request.KeyFor(nameof(WithdrawVote), context), ballotId, voter), context.CancellationToken);
        return new WithdrawVoteResponse { VoteId = vote.Id.ToString(), WithdrawnAt = vote.At.ToApi() };
    }

    public override async Task<CloseBallotResponse> CloseBallot(CloseBallotRequest request, ServerCallContext context)
    {
        var (ballot, member) = await access.RequireOnAsync<Model.Ballot>(context, Ids.Of(request.BallotId), "ballot", b => b.SessionId, Permission.Moderate);
        var command = new Model.CloseBallot.CloseBallot(ballot.Id, member.Actor);
        var closed = await runner.RunAsync(request.KeyFor(nameof(CloseBallot), context),
            (store, now, ct) => CloseBallotHandler.HandleAsync(store, command, now, ct), context.CancellationToken);
        return new CloseBallotResponse { Ballot = closed.ToApi(closed.Result!.Yes + closed.Result.No + closed.Result.Abstain) };
    }

    public override async Task<GetBallotResponse> GetBallot(GetBallotRequest request, ServerCallContext context)
    {
        var (ballot, _) = await access.RequireOnAsync<Model.Ballot>(context, Ids.Of(request.BallotId), "ballot", b => b.SessionId, Permission.View);
        return new GetBallotResponse { Ballot = ballot.ToApi(await ballots.VotesStandingAsync(ballot.Id, context.CancellationToken)) };
    }

    /// <summary>
    /// The caller as a voter of the ballot. The hot path reads nothing: the electorate is cached, and
    /// being in it is what voting needs. Anyone else is told why not, as every call in a session is.
    /// </summary>
    private async Task<Guid> RequireVoterAsync(ServerCallContext context, Guid ballotId)
    {
        var caller = Caller.Of(context);
        var electorate = await electorates.FindAsync(ballotId, context.CancellationToken);
        if (electorate is not null && caller is { ParticipantId: { } voter, SessionId: { } session } && session == electorate.SessionId
            && electorate.Voters.ContainsKey(voter))
            return voter;
        var (_, member) = await access.RequireOnAsync<Model.Ballot>(context, ballotId, "ballot", b => b.SessionId, Permission.Vote);
        electorate!.Require(member.Actor.ParticipantId!.Value);
        return member.Actor.ParticipantId.Value;
    }
}
