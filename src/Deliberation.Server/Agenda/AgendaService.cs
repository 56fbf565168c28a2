using Deliberation.Api.V1;
using Deliberation.Domain.Access;
using Deliberation.Engine.Requests;
using Deliberation.Engine.Sessions;
using Deliberation.Server.Access;
using Deliberation.Server.Common;
using Deliberation.Server.Sessions;
using FluentValidation;
using FluentValidation.Results;
using Grpc.Core;
using Model = Deliberation.Domain.Sessions;

namespace Deliberation.Server.Agenda;

/// <summary>Every agenda RPC decides on the session's stream alone and answers with the whole session.</summary>
internal sealed class AgendaService(CommandRunner runner, SessionAccess access) : Api.V1.AgendaService.AgendaServiceBase
{
    public override Task<AgendaResponse> AddAgendaItem(AddAgendaItemRequest request, ServerCallContext context) =>
        DecideAsync(request, request.SessionId, nameof(AddAgendaItem), context, (session, actor, now) =>
            [Model.Agenda.AddAgendaItem.Decide(session, new Model.Agenda.AddAgendaItem(Ids.Of(request.SessionId), Guid.CreateVersion7(),
                request.Title.ToDomain(), request.DurationMinutes == 0 ? null : request.DurationMinutes, request.Track is { Length: > 0 } t ? t : null, actor), now)]);

    public override Task<AgendaResponse> MoveAgendaItem(MoveAgendaItemRequest request, ServerCallContext context) =>
        DecideAsync(request, request.SessionId, nameof(MoveAgendaItem), context, (session, actor, now) =>
            [Model.Agenda.MoveAgendaItem.Decide(session, new Model.Agenda.MoveAgendaItem(Ids.Of(request.SessionId), Ids.Of(request.AgendaItemId), request.Position, actor), now)]);

    public override Task<AgendaResponse> OpenRound(OpenRoundRequest request, ServerCallContext context) =>
        DecideAsync(request, request.SessionId, nameof(OpenRound), context, (session, actor, now) =>
            [Model.Agenda.OpenRound.Decide(session, new Model.Agenda.OpenRound(Ids.Of(request.SessionId), Ids.Of(request.AgendaItemId),
                Guid.CreateVersion7(), request.Phases.Select(p => new Model.Agenda.PhasePlan(p.Phase.ToDomain(), p.DurationSeconds == 0 ? null : p.DurationSeconds)).ToList(), actor), now)]);

    public override Task<AgendaResponse> AdvancePhase(AdvancePhaseRequest request, ServerCallContext context) =>
        DecideAsync(request, request.SessionId, nameof(AdvancePhase), context, (session, actor, now) =>
            Model.Agenda.AdvancePhase.Decide(session, new Model.Agenda.AdvancePhase(Ids.Of(request.SessionId), Ids.Of(request.RoundId),
                FromPhaseIndex(session, request), actor), now));

    public override Task<AgendaResponse> PauseRound(RoundRequest request, ServerCallContext context) =>
        DecideAsync(request, request.SessionId, nameof(PauseRound), context, (session, actor, now) =>
            [Model.Agenda.PauseRound.Decide(session, new Model.Agenda.PauseRound(Ids.Of(request.SessionId), Ids.Of(request.RoundId), actor), now)]);

    public override Task<AgendaResponse> ResumeRound(RoundRequest request, ServerCallContext context) =>
        DecideAsync(request, request.SessionId, nameof(ResumeRound), context, (session, actor, now) =>
            [Model.Agenda.ResumeRound.Decide(session, new Model.Agenda.ResumeRound(Ids.Of(request.SessionId), Ids.Of(request.RoundId), actor), now)]);

    public override Task<AgendaResponse> CloseRound(RoundRequest request, ServerCallContext context) =>
        DecideAsync(request, request.SessionId, nameof(CloseRound), context, (session, actor, now) =>
            [Model.Agenda.CloseRound.Decide(session, new Model.Agenda.CloseRound(Ids.Of(request.SessionId), Ids.Of(request.RoundId), actor), now)]);

    private async Task<AgendaResponse> DecideAsync(IMutatingRequest request, string sessionIdText, string rpc, ServerCallContext context,
        Func<Model.Session?, Actor, DateTimeOffset, IReadOnlyList<object>> decide)
    {
        var sessionId = Ids.Of(sessionIdText);
        var member = await access.RequireAsync(context, sessionId, Permission.Moderate);
        var session = await runner.DecideOnSessionAsync(request.KeyFor(rpc, context), sessionId, member.Actor,
            (state, now) => decide(state, member.Actor, now), context.CancellationToken);
        return new AgendaResponse { Session = session.ToApi() };
    }

    /// <summary>The guard "leave this phase" names a phase; the round knows which of its phases that is.</summary>
    private static int? FromPhaseIndex(Model.Session? session, AdvancePhaseRequest request)
    {
        if (request.FromPhase == Phase.Unspecified) return null;
        var round = session?.Agenda.SelectMany(i => i.Rounds).FirstOrDefault(r => r.Id == Ids.Of(request.RoundId));
        if (round is null) return null; // the command says the round does not exist
        var index = round.Phases.ToList().FindIndex(p => p.Phase == request.FromPhase.ToDomain());
        return index >= 0
            ? index
            : throw new ValidationException([new ValidationFailure("from_phase", $"must be a phase of round {round.Id}'s plan")]);
    }
}
