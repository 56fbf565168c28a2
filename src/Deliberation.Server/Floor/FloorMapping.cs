using Deliberation.Api.V1;
using Deliberation.Domain.Access;
using Deliberation.Server.Access;
using Deliberation.Server.Common;
using Model = Deliberation.Domain.Floor;

namespace Deliberation.Server.Floor;

internal static class FloorMapping
{
    /// <summary>
    /// The floor as <paramref name="viewer"/> may see it. A statement that is not attributed by name keeps
    /// its speaker and turn from everyone but whoever recorded it (the operator for what the operator recorded).
    /// </summary>
    public static Api.V1.Floor ToApi(Model.Floor? floor, Domain.Sessions.Session session, IReadOnlyList<Domain.Participants.Participant> participants,
        Member viewer, DateTimeOffset now)
    {
        var result = new Api.V1.Floor { SessionId = session.Id.ToString() };
        if (floor is null) return result;
        var round = session.CurrentRound;
        result.Attribution = (Attribution)((int)floor.Attribution + 1);
        if (round is not null)
        {
            result.Waiting.AddRange(floor.Waiting(round.Id).Select(r => new FloorRequestEntry
            {
                FloorRequestId = r.Id.ToString(), ParticipantId = r.ParticipantId.ToString(), Kind = r.Kind.ToApi(),
                ToPanelist = Ids.Text(r.ToPanelist), RequestedAt = r.RequestedAt.ToApi(),
            }));
            if (floor.Rules.TryGetValue(round.Id, out var rules)) result.Rules = rules.ToApi(round.Id);
        }
        result.Turns.AddRange(floor.Turns.Select(t => t.ToApi(now)));
        if (floor.CurrentTurn is { } current) result.CurrentTurn = current.ToApi(now);
        var roles = participants.ToDictionary(p => p.Id, p => p.Role);
        var panelTurns = floor.Turns.Where(t => t.Panelist).Select(t => t.Id).ToHashSet();
        // Unattributed and role-only statements come after the named ones, in an order that says nothing
        // of when they were recorded (their ids are random), so their place cannot be matched to a turn.
        var statements = floor.Statements.Select(s => s.ToApi(viewer, roles, panelTurns, session.Languages)).ToList();
        result.Statements.AddRange(statements.Where(s => s.TurnId.Length > 0).Concat(statements.Where(s => s.TurnId.Length == 0).OrderBy(s => s.StatementId, StringComparer.Ordinal)));
        return result;
    }

    /// <summary>Whether the viewer recorded a statement (the operator for what the operator recorded), and so may link it to its speaker.</summary>
    public static bool Recorded(Guid? recordedBy, Member viewer) =>
        recordedBy is { } by ? viewer.Actor.ParticipantId == by : viewer.Standing == Standing.Operator;

    internal static Api.V1.Statement ToApi(this Model.Statement statement, Member viewer, IReadOnlyDictionary<Guid, Domain.Access.Role> roles,
        IReadOnlySet<Guid> panelTurns, IReadOnlyList<string> languages)
    {
        var named = statement.Attribution == Model.Attribution.Attributed || Recorded(statement.RecordedBy, viewer);
        return new Api.V1.Statement
        {
            StatementId = statement.Id.ToString(),
            Text = statement.Text.ToApi(languages),
            Attribution = (Attribution)((int)statement.Attribution + 1),
            SpeakerId = named ? statement.SpeakerId.ToString() : "",
            TurnId = named ? statement.TurnId.ToString() : "",
            SpeakerRole = named || statement.Attribution == Model.Attribution.RoleOnly
                ? panelTurns.Contains(statement.TurnId) ? "panelist" : roles.GetValueOrDefault(statement.SpeakerId).ToString().ToLowerInvariant()
                : "",
            RecordedAt = named ? statement.RecordedAt.ToApi() : null,
        };
    }

    internal static Turn ToApi(this Model.Turn turn, DateTimeOffset now) => new()
    {
        TurnId = turn.Id.ToString(),
        SpeakerId = turn.SpeakerId.ToString(),
        RoundId = turn.RoundId.ToString(),
        Kind = turn.Kind.ToApi(),
        Panelist = turn.Panelist,
        LimitSeconds = turn.LimitSeconds ?? 0,
        Running = turn.Status == Model.TurnStatus.Running,
        Ended = turn.Status == Model.TurnStatus.Ended,
        SpokenSeconds = Math.Round(turn.SpokenAt(now), 3),
        TimeUp = turn.RemainingAt(now) <= 0,
        ChosenBecause = turn.ChosenBecause,
        Override = turn.Override,
    };

    internal static FloorRules ToApi(this Model.RoundFloorRules rules, Guid roundId) => new()
    {
        RoundId = roundId.ToString(),
        Balance = (BalanceKind)((int)rules.Balance.Kind + 1),
        Dimension = rules.Balance.Dimension ?? "",
        SpeechSeconds = rules.SpeechSeconds ?? 0,
        PanelistSeconds = rules.PanelistSeconds ?? 0,
        PointOfOrderSeconds = rules.PointOfOrderSeconds ?? 0,
        PanelSlots = { rules.PanelSlots.Select(p => p.ToString()) },
    };

    public static Model.SetFloorRules ToDomain(this FloorRules rules, Guid sessionId, Actor by) => new(
        sessionId, Ids.Of(rules.RoundId),
        new Model.BalanceRule((Model.BalanceKind)((int)rules.Balance - 1), rules.Balance == BalanceKind.Alternate ? rules.Dimension : null),
        Seconds(rules.SpeechSeconds), Seconds(rules.PanelistSeconds), Seconds(rules.PointOfOrderSeconds),
        rules.PanelSlots.Select(Ids.Of).ToList(), by);

    public static GetFloorStatisticsResponse ToApi(this Model.FloorStatistics statistics) => new()
    {
        BySpeaker = { statistics.BySpeaker.Select(s => new SpeakerStatistics { ParticipantId = s.ParticipantId.ToString(), Turns = s.Turns, Seconds = Math.Round(s.Seconds, 3) }) },
        ByGroup = { statistics.ByGroup.Select(g => new GroupStatistics { Dimension = g.Dimension, Value = g.Value, Turns = g.Turns, Seconds = Math.Round(g.Seconds, 3) }) },
    };

    public static RequestKind ToApi(this Model.RequestKind kind) => (RequestKind)((int)kind + 1);

    public static Model.RequestKind ToDomain(this RequestKind kind) => (Model.RequestKind)((int)kind - 1);

    public static Model.Attribution ToDomain(this Attribution attribution) => (Model.Attribution)((int)attribution - 1);

    private static int? Seconds(int seconds) => seconds == 0 ? null : seconds;
}
