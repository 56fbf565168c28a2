using Deliberation.Api.V1;
using Deliberation.Server.Floor;
using Deliberation.Server.Sessions;
using Model = Deliberation.Domain;

namespace Deliberation.Server.Events;

internal static partial class FeedMapping
{
    private static (Type Type, Mapping Mapping)[] Sessions =>
    [
        ForAll<Model.Sessions.CreateSession.SessionCreated>((e, _) =>
            new SessionEvent { SessionCreated = new() { Session = Model.Sessions.Session.Create(e).ToApi() } }),
        ForEach<Model.Sessions.Lifecycle.SessionStatusChanged>(StatusChangedAsync),
        ForAll<Model.Sessions.Groups.GroupDimensionDefined>((e, context) =>
            new SessionEvent { GroupDimensionDefined = new() { Dimension = e.Dimension.ToApi(context.Languages) } }),
    ];

    /// <summary>
    /// At the close, the statements the viewer could not link to a speaker, held back until now: sent as
    /// they were recorded, each would be tied by its moment to the turn under way.
    /// </summary>
    private static async Task<SessionEvent?> StatusChangedAsync(Model.Sessions.Lifecycle.SessionStatusChanged e, FeedContext context)
    {
        var changed = new Api.V1.SessionStatusChanged { From = e.From.ToApi(), To = e.To.ToApi() };
        if (e.To == Model.Sessions.SessionStatus.Closed && await context.FloorAsync() is { } floor)
        {
            var roles = await context.RolesAsync();
            var panelTurns = floor.Turns.Where(t => t.Panelist).Select(t => t.Id).ToHashSet();
            changed.PublishedStatements.AddRange(floor.Statements
                .Where(s => !Linkable(s.Attribution, s.RecordedBy, context))
                .Select(s => s.ToApi(context.Viewer, roles, panelTurns, context.Languages))
                .OrderBy(s => s.StatementId, StringComparer.Ordinal));
        }
        return new SessionEvent { SessionStatusChanged = changed };
    }
}
