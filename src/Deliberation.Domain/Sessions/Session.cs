using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions.CreateSession;

namespace Deliberation.Domain.Sessions;

/// <summary>A structured dialogue: the state folded from the events of one session stream.</summary>
public sealed record Session(Guid Id, LocalizedText Title, IReadOnlyList<string> Languages, DateTimeOffset CreatedAt)
{
    public static Session Create(SessionCreated e) => new(e.SessionId, e.Title, e.Languages, e.CreatedAt);
}
