using Deliberation.Domain.Common;

namespace Deliberation.Domain.Floor;

/// <summary>
/// A session's floor: its speakers list, its turns and each round's rules. A stream of its own (its id
/// follows from the session's), so requests for the floor never contend with the session's own changes.
/// </summary>
public sealed record Floor(
    Guid Id, Guid SessionId, IReadOnlyList<FloorRequest> Requests, IReadOnlyList<Turn> Turns,
    IReadOnlyDictionary<Guid, RoundFloorRules> Rules, long NextPosition, Attribution Attribution, IReadOnlyList<Statement> Statements)
{
    private static readonly Guid Namespace = Guid.Parse("0b7d5e52-93a4-4f0e-8d76-5b8f1c2e9a41");

    public static Guid IdFor(Guid sessionId) => DeterministicGuid.Create(Namespace, sessionId.ToString());

    public Turn? CurrentTurn => Turns.LastOrDefault(t => t.Status != TurnStatus.Ended);

    public RoundFloorRules RulesFor(Guid roundId) => Rules.TryGetValue(roundId, out var rules) ? rules : RoundFloorRules.Default;

    /// <summary>The waiting requests of a round, in the list's order.</summary>
    public IReadOnlyList<FloorRequest> Waiting(Guid roundId) =>
        Requests.Where(r => r.RoundId == roundId && r.Status == RequestStatus.Waiting).OrderBy(r => r.Position).ToList();

    public static Floor Create(FloorOpened e) => new(e.FloorId, e.SessionId, [], [], new Dictionary<Guid, RoundFloorRules>(), 0, Attribution.Attributed, []);

    public Floor Apply(StatementAttributionSet e) => this with { Attribution = e.Attribution };

    public Floor Apply(StatementRecorded e) =>
        this with { Statements = [.. Statements, new Statement(e.StatementId, e.TurnId, e.SpeakerId, e.Text, e.Attribution, e.RecordedBy, e.At)] };

    public Floor Apply(FloorRulesSet e) => this with
    {
        Rules = new Dictionary<Guid, RoundFloorRules>(Rules)
        {
            [e.RoundId] = new(e.Balance, e.SpeechSeconds, e.PanelistSeconds, e.PointOfOrderSeconds, e.PanelSlots),
        },
    };

    public Floor Apply(FloorRequested e) => this with
    {
        Requests = [.. Requests, new FloorRequest(e.RequestId, e.ParticipantId, e.RoundId, e.Kind, e.ToPanelist, e.Position, RequestStatus.Waiting, e.At)],
        NextPosition = Math.Max(NextPosition, e.Position + 1024), // room to move requests in between
    };

    public Floor Apply(FloorRequestWithdrawn e) => WithRequest(e.RequestId, r => r with { Status = RequestStatus.Withdrawn });

    public Floor Apply(FloorRequestSkipped e) => WithRequest(e.RequestId, r => r with { Status = RequestStatus.Skipped });

    public Floor Apply(FloorRequestRemoved e) => WithRequest(e.RequestId, r => r with { Status = RequestStatus.Removed });

    public Floor Apply(FloorRequestMoved e) =>
        WithRequest(e.RequestId, r => r with { Position = e.Position }) with { NextPosition = Math.Max(NextPosition, e.Position + 1024) };

    public Floor Apply(TurnStarted e)
    {
        var floor = e.RequestId is { } request ? WithRequest(request, r => r with { Status = RequestStatus.Granted }) : this;
        return floor with
        {
            Turns = [.. Turns, new Turn(e.TurnId, e.SpeakerId, e.RoundId, e.Kind, e.Panelist, e.LimitSeconds, TurnStatus.Running, 0, e.At, e.ChosenBecause, e.Override)],
        };
    }

    public Floor Apply(TurnPaused e) => WithTurn(e.TurnId, t => t with { Status = TurnStatus.Paused, SpokenSeconds = e.SpokenSeconds, RunningSince = null });

    public Floor Apply(TurnResumed e) => WithTurn(e.TurnId, t => t with { Status = TurnStatus.Running, RunningSince = e.At });

    public Floor Apply(TurnEnded e) => WithTurn(e.TurnId, t => t with { Status = TurnStatus.Ended, SpokenSeconds = e.SpokenSeconds, RunningSince = null });

    private Floor WithRequest(Guid id, Func<FloorRequest, FloorRequest> change) =>
        this with { Requests = Requests.Select(r => r.Id == id ? change(r) : r).ToList() };

    private Floor WithTurn(Guid id, Func<Turn, Turn> change) =>
        this with { Turns = Turns.Select(t => t.Id == id ? change(t) : t).ToList() };
}
