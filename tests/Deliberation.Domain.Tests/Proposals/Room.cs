using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Tests.Proposals;

/// <summary>A session in Albanian (authoritative), Serbian in Latin script and English, with a round through submission, amendment and voting.</summary>
internal static class Room
{
    public static readonly string[] Languages = ["sq", "sr-Latn", "en"];

    public static readonly Actor Arta = Actor.Member(Guid.NewGuid()), Milan = Actor.Member(Guid.NewGuid()), Drita = Actor.Member(Guid.NewGuid());

    public static Session InSubmission()
    {
        var session = Given.Session(Languages);
        foreach (var status in new[] { SessionStatus.Open, SessionStatus.InProgress })
            session = session.Apply(new SessionStatusChanged(session.Id, session.Status, status, Actor.Operator, Given.Now));
        session = session.Apply(new AgendaItemAdded(session.Id, Guid.NewGuid(), LocalizedText.Of(("sq", "Shërbimet")), null, null, Actor.Operator, Given.Now));
        var phases = new[] { Phase.Submission, Phase.Amendment, Phase.Voting }.Select(p => new PhasePlan(p, null)).ToList();
        return session.Apply(OpenRound.Decide(session, new OpenRound(session.Id, session.Agenda[0].Id, Guid.NewGuid(), phases, Actor.Operator), Given.Now));
    }

    public static Session Advanced(Session session) =>
        AdvancePhase.Decide(session, new AdvancePhase(session.Id, session.CurrentRound!.Id, null, Actor.Operator), Given.Now)
            .Aggregate(session, (s, e) => (Session)((dynamic)s).Apply((dynamic)e));

    public static Dictionary<string, string> Texts(string sq, string? sr = null, string? en = null)
    {
        var texts = new Dictionary<string, string> { ["sq"] = sq };
        if (sr is not null) texts["sr-Latn"] = sr;
        if (en is not null) texts["en"] = en;
        return texts;
    }
}
