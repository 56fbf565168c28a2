using Deliberation.Domain.Common;

namespace Deliberation.Domain.Sessions.CreateSession;

public sealed record SessionCreated(Guid SessionId, LocalizedText Title, IReadOnlyList<string> Languages, DateTimeOffset CreatedAt);
