using Deliberation.Api.V1;
using Deliberation.Server.Common;
using Deliberation.Server.Floor;
using Model = Deliberation.Domain.Floor;

namespace Deliberation.Server.Events;

internal static partial class FeedMapping
{
    private static (Type Type, Mapping Mapping)[] Floor =>
    [
        // The floor's stream beginning says nothing a member could use.
        ForEach<Model.FloorOpened>((_, _) => Task.FromResult<SessionEvent?>(null)),
        ForAll<Model.FloorRulesSet>((e, _) => new SessionEvent
        {
            FloorRulesSet = new()
            {
                Rules = new Model.RoundFloorRules(e.Balance, e.SpeechSeconds, e.PanelistSeconds, e.PointOfOrderSeconds, e.PanelSlots).ToApi(e.RoundId),
            },
        }),
        ForAll<Model.StatementAttributionSet>((e, _) =>
            new SessionEvent { StatementAttributionSet = new() { Attribution = (Attribution)((int)e.Attribution + 1) } }),
        ForAll<Model.FloorRequested>((e, _) => new SessionEvent
        {
            FloorRequested = new()
            {
                Request = new()
                {
                    FloorRequestId = e.RequestId.ToString(), ParticipantId = e.ParticipantId.ToString(), Kind = e.Kind.ToApi(),
                    ToPanelist = Ids.Text(e.ToPanelist), RequestedAt = e.At.ToApi(),
                },
                OrderKey = e.Position,
            },
        }),
        ForAll<Model.FloorRequestWithdrawn>((e, _) => new SessionEvent { FloorRequestWithdrawn = new() { FloorRequestId = e.RequestId.ToString() } }),
        ForAll<Model.FloorRequestSkipped>((e, _) => new SessionEvent { FloorRequestSkipped = new() { FloorRequestId = e.RequestId.ToString() } }),
        ForAll<Model.FloorRequestRemoved>((e, _) => new SessionEvent { FloorRequestRemoved = new() { FloorRequestId = e.RequestId.ToString() } }),
        ForAll<Model.FloorRequestMoved>((e, _) =>
            new SessionEvent { FloorRequestMoved = new() { FloorRequestId = e.RequestId.ToString(), OrderKey = e.Position } }),
        ForAll<Model.TurnStarted>((e, _) => new SessionEvent
        {
            TurnStarted = new()
            {
                Turn = new Model.Turn(e.TurnId, e.SpeakerId, e.RoundId, e.Kind, e.Panelist, e.LimitSeconds, Model.TurnStatus.Running, 0, e.At,
                    e.ChosenBecause, e.Override).ToApi(e.At),
                FloorRequestId = Ids.Text(e.RequestId),
            },
        }),
        ForAll<Model.TurnPaused>((e, _) =>
            new SessionEvent { TurnPaused = new() { TurnId = e.TurnId.ToString(), SpokenSeconds = Math.Round(e.SpokenSeconds, 3) } }),
        ForAll<Model.TurnResumed>((e, _) => new SessionEvent { TurnResumed = new() { TurnId = e.TurnId.ToString() } }),
        ForAll<Model.TurnEnded>((e, _) =>
            new SessionEvent { TurnEnded = new() { TurnId = e.TurnId.ToString(), SpokenSeconds = Math.Round(e.SpokenSeconds, 3) } }),
        ForEach<Model.StatementRecorded>(StatementRecordedAsync),
    ];

    /// <summary>
    /// Live only to whoever may link the statement to its speaker (GetFloor's rule); the rest get it
    /// when the session closes, with nothing that dates it (see <see cref="StatusChangedAsync"/>).
    /// </summary>
    private static async Task<SessionEvent?> StatementRecordedAsync(Model.StatementRecorded e, FeedContext context)
    {
        if (!Linkable(e.Attribution, e.RecordedBy, context)) return null;
        var floor = await context.FloorAsync();
        var panelTurns = floor?.Turns.Where(t => t.Panelist).Select(t => t.Id).ToHashSet() ?? [];
        var statement = new Model.Statement(e.StatementId, e.TurnId, e.SpeakerId, e.Text, e.Attribution, e.RecordedBy, e.At);
        return new SessionEvent
        {
            StatementRecorded = new() { Statement = statement.ToApi(context.Viewer, await context.RolesAsync(), panelTurns, context.Languages) },
        };
    }

    private static bool Linkable(Model.Attribution attribution, Guid? recordedBy, FeedContext context) =>
        attribution == Model.Attribution.Attributed || context.Recorded(recordedBy);
}
