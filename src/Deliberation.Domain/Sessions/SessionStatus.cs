namespace Deliberation.Domain.Sessions;

/// <summary>Where a session is in its life; what each allows is in <see cref="Lifecycle.SessionLifecycle"/>.</summary>
public enum SessionStatus
{
    /// <summary>Being set up: languages, groups, agenda, invitations. Nobody can join yet.</summary>
    Draft,

    /// <summary>People can join; the agenda can still change; no round runs yet.</summary>
    Open,

    /// <summary>Running: rounds open and advance.</summary>
    InProgress,

    /// <summary>Paused between sittings: people can join, rounds cannot advance.</summary>
    Adjourned,

    /// <summary>Over: the record is final and nothing changes.</summary>
    Closed,

    /// <summary>Closed and put away.</summary>
    Archived,
}
