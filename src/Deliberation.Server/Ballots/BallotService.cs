using Deliberation.Api.V1;
using Deliberation.Domain.Access;
using Deliberation.Engine.Ballots.CastVote;
using Deliberation.Engine.Ballots.CloseBallot;
using Deliberation.Engine.Ballots.OpenBallot;
using Deliberation.Engine.Requests;
using Deliberation.Server.Access;
using Deliberation.Server.Common;
using Grpc.Core;
using Model = Deliberation.Domain.Ballots;

namespace Deliberation.Server.Ballots;

internal sealed class BallotService(CommandRunner runner, SessionAccess access) : Api.V1.BallotService.BallotServiceBase
{
    public override async Task<OpenBallotResponse> OpenBallot(OpenBallotRequest request, ServerCallContext context)
    {
        var (proposal, member) = await access.RequireOnAsync<Domain.Proposals.Proposal>(
            context, Ids.Of(request.ProposalId), "proposal", p => p.SessionId, Permission.Moderate);
        var command = new Model.OpenBallot.OpenBallot(Guid.CreateVersion7(), proposal.Id, member.Actor);
        var ballot = await runner.RunAsync(request.KeyFor(nameof(OpenBallot), context),
            (store, now, ct) => OpenBallotHandler.HandleAsync(store, command, now, ct), context.CancellationToken);
        return new OpenBallotResponse { Ballot = ballot.ToApi() };
    }

    public override async Task<CastVoteResponse> CastVote(CastVoteRequest request, ServerCallContext context)
    {
        var (ballot, member) = await access.RequireOnAsync<Model.Ballot>(context, Ids.Of(request.BallotId), "ballot", b => b.SessionId, Permission.Vote);
        var command = new Model.CastVote.CastVote(ballot.Id, member.Actor.ParticipantId!.Value, request.Choice.ToDomain());
        var vote = await runner.RunAsync(request.KeyFor(nameof(CastVote), context),
            (store, now, ct) => CastVoteHandler.HandleAsync(store, command, now, ct), context.CancellationToken);
        return new CastVoteResponse { VoteId = vote.Id.ToString(), CastAt = vote.CastAt.ToApi() };
    }

    public override async Task<CloseBallotResponse> CloseBallot(CloseBallotRequest request, ServerCallContext context)
    {
        var (ballot, member) = await access.RequireOnAsync<Model.Ballot>(context, Ids.Of(request.BallotId), "ballot", b => b.SessionId, Permission.Moderate);
        var command = new Model.CloseBallot.CloseBallot(ballot.Id, member.Actor);
        var closed = await runner.RunAsync(request.KeyFor(nameof(CloseBallot), context),
            (store, now, ct) => CloseBallotHandler.HandleAsync(store, command, now, ct), context.CancellationToken);
        return new CloseBallotResponse { Ballot = closed.ToApi() };
    }

    public override async Task<GetBallotResponse> GetBallot(GetBallotRequest request, ServerCallContext context)
    {
        var (ballot, _) = await access.RequireOnAsync<Model.Ballot>(context, Ids.Of(request.BallotId), "ballot", b => b.SessionId, Permission.View);
        return new GetBallotResponse { Ballot = ballot.ToApi() };
    }
}
