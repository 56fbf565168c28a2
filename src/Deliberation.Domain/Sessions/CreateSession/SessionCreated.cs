using Deliberation.Domain.Access;
using Deliberation.Domain.Common;

namespace Deliberation.Domain.Sessions.CreateSession;

public sealed record SessionCreated(
    Guid SessionId, LocalizedText Title, LocalizedText? Description, IReadOnlyList<string> Languages, string AuthoritativeLanguage,
    Actor By, DateTimeOffset At);
