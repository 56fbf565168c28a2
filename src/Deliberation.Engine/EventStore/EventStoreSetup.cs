using Deliberation.Domain.Ballots;
using Deliberation.Domain.Invitations;
using Deliberation.Domain.Participants;
using Deliberation.Domain.Proposals;
using Deliberation.Domain.Sessions;
using Deliberation.Engine.Identity;
using Deliberation.Engine.Requests;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Weasel.Core;

namespace Deliberation.Engine.EventStore;

/// <summary>How the engine's streams, snapshots and documents are stored.</summary>
public static class EventStoreSetup
{
    public const string Schema = "deliberation";

    public static void Configure(StoreOptions options)
    {
        options.DatabaseSchemaName = Schema;
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString);
        options.Events.StreamIdentity = StreamIdentity.AsGuid;

        // Inline snapshots: updated in the same transaction as the events, so a command's answer
        // is visible to the very next read.
        options.Projections.Snapshot<Session>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Proposal>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Ballot>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Electorate>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Vote>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Domain.Ballots.Proxies.Proxy>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Invitation>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Participant>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Domain.Floor.Floor>(SnapshotLifecycle.Inline);
        options.Schema.For<Vote>().Index(v => v.BallotId);
        options.Schema.For<Domain.Ballots.Proxies.Proxy>().Index(p => p.SessionId);
        options.Schema.For<Participant>().Index(p => p.SessionId);
        options.Schema.For<Session>().Index(s => s.NextDeadline);
        options.Schema.For<Ballot>().Index(b => b.DueAt);

        options.Schema.For<Proposal>().Index(p => p.SessionId);
        options.Schema.For<Proposals.AmendmentLocation>().Identity(a => a.Id);

        options.Schema.For<RequestRecord>().Identity(r => r.Id);
        options.Schema.For<OperatorCredential>().Identity(c => c.Id);
    }
}
