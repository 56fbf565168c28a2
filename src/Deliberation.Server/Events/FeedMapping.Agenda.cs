using Deliberation.Api.V1;
using Deliberation.Domain.Access;
using Deliberation.Server.Common;
using Deliberation.Server.Sessions;
using Model = Deliberation.Domain.Sessions.Agenda;

namespace Deliberation.Server.Events;

internal static partial class FeedMapping
{
    private static (Type Type, Mapping Mapping)[] Agenda =>
    [
        ForAll<Model.AgendaItemAdded>((e, context) => new SessionEvent
        {
            AgendaItemAdded = new()
            {
                AgendaItemId = e.AgendaItemId.ToString(), Title = e.Title.ToApi(context.Languages),
                DurationMinutes = e.DurationMinutes ?? 0, Track = e.Track ?? "",
            },
        }),
        ForAll<Model.AgendaItemMoved>((e, _) =>
            new SessionEvent { AgendaItemMoved = new() { AgendaItemId = e.AgendaItemId.ToString(), Position = e.Position } }),
        ForAll<Model.RoundOpened>((e, _) => new SessionEvent
        {
            RoundOpened = new()
            {
                AgendaItemId = e.AgendaItemId.ToString(), RoundId = e.RoundId.ToString(), PhaseDeadline = e.PhaseDeadline.ToApi(),
                Phases = { e.Phases.Select(p => new PhasePlan { Phase = p.Phase.ToApi(), DurationSeconds = p.DurationSeconds ?? 0 }) },
            },
        }),
        ForAll<Model.PhaseAdvanced>((e, _) => new SessionEvent
        {
            PhaseAdvanced = new()
            {
                RoundId = e.RoundId.ToString(), Phase = e.Phase.ToApi(), PhaseIndex = e.PhaseIndex,
                PhaseDeadline = e.PhaseDeadline.ToApi(), BySchedule = e.By.Kind == ActorKind.Schedule,
            },
        }),
        ForAll<Model.RoundPaused>((e, _) =>
            new SessionEvent { RoundPaused = new() { RoundId = e.RoundId.ToString(), SecondsLeft = e.SecondsLeft ?? 0 } }),
        ForAll<Model.RoundResumed>((e, _) =>
            new SessionEvent { RoundResumed = new() { RoundId = e.RoundId.ToString(), PhaseDeadline = e.PhaseDeadline.ToApi() } }),
        ForAll<Model.RoundClosed>((e, _) => new SessionEvent { RoundClosed = new() { RoundId = e.RoundId.ToString() } }),
    ];
}
