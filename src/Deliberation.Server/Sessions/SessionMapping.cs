using Deliberation.Server.Common;
using Google.Protobuf.WellKnownTypes;
using Model = Deliberation.Domain.Sessions;

namespace Deliberation.Server.Sessions;

internal static class SessionMapping
{
    public static Api.V1.Session ToApi(this Model.Session session) => new()
    {
        SessionId = session.Id.ToString(),
        Title = session.Title.ToApi(),
        Languages = { session.Languages },
        CreatedAt = Timestamp.FromDateTimeOffset(session.CreatedAt),
    };
}
