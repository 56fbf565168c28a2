using Deliberation.Api.V1;
using Deliberation.Engine.Ballots.CastVote;
using Deliberation.Engine.Ballots.CloseBallot;
using Deliberation.Engine.Ballots.OpenBallot;
using Deliberation.Engine.EventStore;
using Deliberation.Engine.Requests;
using Deliberation.Server.Common;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Model = Deliberation.Domain.Ballots;

namespace Deliberation.Server.Ballots;

internal sealed class BallotService(CommandRunner runner, Reader reader) : Api.V1.BallotService.BallotServiceBase
{
    public override async Task<OpenBallotResponse> OpenBallot(OpenBallotRequest request, ServerCallContext context)
    {
        var command = new Model.OpenBallot.OpenBallot(Guid.CreateVersion7(), Guid.Parse(request.ProposalId));
        var ballot = await runner.RunAsync(request.KeyFor(nameof(OpenBallot)),
            (store, now, ct) => OpenBallotHandler.HandleAsync(store, command, now, ct), context.CancellationToken);
        return new OpenBallotResponse { Ballot = ballot.ToApi() };
    }

    public override async Task<CastVoteResponse> CastVote(CastVoteRequest request, ServerCallContext context)
    {
        var command = new Model.CastVote.CastVote(Guid.Parse(request.BallotId), request.VoterId, request.Choice.ToDomain());
        var vote = await runner.RunAsync(request.KeyFor(nameof(CastVote)),
            (store, now, ct) => CastVoteHandler.HandleAsync(store, command, now, ct), context.CancellationToken);
        return new CastVoteResponse { VoteId = vote.Id.ToString(), CastAt = Timestamp.FromDateTimeOffset(vote.CastAt) };
    }

    public override async Task<CloseBallotResponse> CloseBallot(CloseBallotRequest request, ServerCallContext context)
    {
        var command = new Model.CloseBallot.CloseBallot(Guid.Parse(request.BallotId));
        var ballot = await runner.RunAsync(request.KeyFor(nameof(CloseBallot)),
            (store, now, ct) => CloseBallotHandler.HandleAsync(store, command, now, ct), context.CancellationToken);
        return new CloseBallotResponse { Ballot = ballot.ToApi() };
    }

    public override async Task<GetBallotResponse> GetBallot(GetBallotRequest request, ServerCallContext context)
    {
        var ballot = await reader.GetAsync<Model.Ballot>(Guid.Parse(request.BallotId), "ballot", context.CancellationToken);
        return new GetBallotResponse { Ballot = ballot.ToApi() };
    }
}
