using Deliberation.Domain.Common;

namespace Deliberation.Domain.Sessions.CreateSession;

/// <summary>Create a session with a title in one or more of its working languages.</summary>
public sealed record CreateSession(Guid SessionId, LocalizedText Title, IReadOnlyList<string> Languages)
{
    public static SessionCreated Decide(CreateSession command, DateTimeOffset now)
    {
        WorkingLanguages.Require(command.Languages, "title", command.Title);
        return new SessionCreated(command.SessionId, command.Title, command.Languages, now);
    }
}
