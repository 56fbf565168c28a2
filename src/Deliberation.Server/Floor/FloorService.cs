using Deliberation.Api.V1;
using Deliberation.Domain.Access;
using Deliberation.Engine.EventStore;
using Deliberation.Engine.Floor;
using Deliberation.Engine.Requests;
using Deliberation.Server.Access;
using Deliberation.Server.Common;
using Grpc.Core;
using Model = Deliberation.Domain.Floor;

namespace Deliberation.Server.Floor;

/// <summary>Every floor RPC decides on the floor's stream and answers with the floor as the caller may see it.</summary>
internal sealed class FloorService(CommandRunner runner, Reader reader, SessionAccess access, TimeProvider clock) : Api.V1.FloorService.FloorServiceBase
{
    public override Task<FloorResponse> SetFloorRules(SetFloorRulesRequest request, ServerCallContext context) =>
        DecideAsync(request, request.SessionId, nameof(SetFloorRules), Permission.Moderate, context, (floor, session, participants, member, now) =>
            Model.SetFloorRules.Decide(floor, session,
                participants.Where(p => Permissions.Allows(p.Standing, Permission.Contribute)).Select(p => p.Id).ToHashSet(),
                request.Rules.ToDomain(session.Id, member.Actor), now));

    public override Task<FloorResponse> SetStatementAttribution(SetStatementAttributionRequest request, ServerCallContext context) =>
        DecideAsync(request, request.SessionId, nameof(SetStatementAttribution), Permission.Moderate, context, (floor, session, _, member, now) =>
            Model.SetStatementAttribution.Decide(floor, session, new Model.SetStatementAttribution(session.Id, request.Attribution.ToDomain(), member.Actor), now));

    public override Task<FloorResponse> RequestFloor(RequestFloorRequest request, ServerCallContext context) =>
        DecideAsync(request, request.SessionId, nameof(RequestFloor), Permission.Contribute, context, (floor, session, _, member, now) =>
            Model.RequestFloor.Decide(floor, session, new Model.RequestFloor(session.Id, member.Actor.ParticipantId!.Value, Guid.CreateVersion7(),
                request.Kind.ToDomain(), request.ToPanelist is { Length: > 0 } panelist ? Ids.Of(panelist) : null), now));

    public override Task<FloorResponse> WithdrawFloorRequest(WithdrawFloorRequestRequest request, ServerCallContext context) =>
        DecideAsync(request, request.SessionId, nameof(WithdrawFloorRequest), Permission.Contribute, context, (floor, session, _, member, now) =>
            [Model.WithdrawFloorRequest.Decide(floor, session, new Model.WithdrawFloorRequest(session.Id, member.Actor.ParticipantId!.Value, Ids.Of(request.FloorRequestId)), now)]);

    public override Task<FloorResponse> ManageFloorRequest(ManageFloorRequestRequest request, ServerCallContext context) =>
        DecideAsync(request, request.SessionId, nameof(ManageFloorRequest), Permission.Moderate, context, (floor, session, _, member, now) =>
            [Model.ManageFloorRequest.Decide(floor, session, new Model.ManageFloorRequest(session.Id, Ids.Of(request.FloorRequestId),
                (Model.RequestChange)((int)request.Change - 1), request.Position, member.Actor), now)]);

    public override Task<FloorResponse> GiveFloor(GiveFloorRequest request, ServerCallContext context) =>
        DecideAsync(request, request.SessionId, nameof(GiveFloor), Permission.Moderate, context, (floor, session, participants, member, now) =>
            Model.GiveFloor.Decide(floor, session, FloorHandler.GroupsOf(participants), new Model.GiveFloor(session.Id, Guid.NewGuid(),
                request.FloorRequestId is { Length: > 0 } named ? Ids.Of(named) : null, member.Actor), now));

    public override Task<FloorResponse> ChangeTurn(ChangeTurnRequest request, ServerCallContext context) =>
        DecideAsync(request, request.SessionId, nameof(ChangeTurn), Permission.Moderate, context, (floor, session, _, member, now) =>
            [Model.ChangeTurn.Decide(floor, session, new Model.ChangeTurn(session.Id, (Model.TurnAction)((int)request.Action - 1), member.Actor), now)]);

    public override async Task<FloorResponse> RecordStatement(RecordStatementRequest request, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        var member = await access.RequireAnyAsync(context, sessionId, Permission.Moderate, Permission.Contribute);
        var command = new Model.RecordStatement(sessionId, Ids.Of(request.TurnId), Guid.NewGuid(), request.Text.ToDomain(), member.Actor, member.Moderates);
        var floor = await runner.RunAsync(request.KeyFor(nameof(RecordStatement), context), (store, now, ct) =>
            FloorHandler.HandleAsync(store, sessionId, (current, session, _) => [Model.RecordStatement.Decide(current, session, command, now)], ct), context.CancellationToken);
        return await RespondAsync(floor, sessionId, member, context);
    }

    public override async Task<FloorResponse> GetFloor(GetFloorRequest request, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        var member = await access.RequireAsync(context, sessionId, Permission.View);
        var floor = await reader.FindAsync<Model.Floor>(Model.Floor.IdFor(sessionId), context.CancellationToken);
        return await RespondAsync(floor, sessionId, member, context); // answers NOT_FOUND for an unknown session
    }

    public override async Task<GetFloorStatisticsResponse> GetFloorStatistics(GetFloorStatisticsRequest request, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        await access.RequireAsync(context, sessionId, Permission.View);
        var session = await reader.GetAsync<Domain.Sessions.Session>(sessionId, "session", context.CancellationToken);
        var participants = await reader.ParticipantsAsync(sessionId, context.CancellationToken);
        var floor = await reader.FindAsync<Model.Floor>(Model.Floor.IdFor(sessionId), context.CancellationToken)
                    ?? Model.Floor.Create(new Model.FloorOpened(Model.Floor.IdFor(sessionId), sessionId));
        Guid? roundId = request.RoundId is { Length: > 0 } round ? Ids.Of(round) : null;
        if (roundId is { } id && session.Agenda.SelectMany(i => i.Rounds).All(r => r.Id != id)) throw new Domain.Common.NotFound("round", id);
        var statistics = Model.FloorStatistics.Of(floor, session.Dimensions, FloorHandler.GroupsOf(participants), clock.GetUtcNow(), roundId);
        return statistics.ToApi();
    }

    private async Task<FloorResponse> DecideAsync(IMutatingRequest request, string sessionIdText, string rpc, Permission permission, ServerCallContext context,
        Func<Model.Floor?, Domain.Sessions.Session, IReadOnlyList<Domain.Participants.Participant>, Member, DateTimeOffset, IReadOnlyList<object>> decide)
    {
        var sessionId = Ids.Of(sessionIdText);
        var member = await access.RequireAsync(context, sessionId, permission);
        var floor = await runner.RunAsync(request.KeyFor(rpc, context), (store, now, ct) =>
            FloorHandler.HandleAsync(store, sessionId, (current, session, participants) => decide(current, session, participants, member, now), ct), context.CancellationToken);
        return await RespondAsync(floor, sessionId, member, context);
    }

    private async Task<FloorResponse> RespondAsync(Model.Floor? floor, Guid sessionId, Member viewer, ServerCallContext context)
    {
        var session = await reader.GetAsync<Domain.Sessions.Session>(sessionId, "session", context.CancellationToken);
        var participants = await reader.ParticipantsAsync(sessionId, context.CancellationToken);
        return new FloorResponse { Floor = FloorMapping.ToApi(floor, session, participants, viewer, clock.GetUtcNow()) };
    }
}
