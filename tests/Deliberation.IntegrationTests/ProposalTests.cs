using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Grpc.Core;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>Proposals and amendments over gRPC: versions, translations, amendments and their diffs.</summary>
public class ProposalTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private static SubmitProposalRequest ThreeParagraphs(string sessionId) => new()
    {
        RequestId = NewId(), SessionId = sessionId,
        Title = Text(("sq", "Shërbime dygjuhëshe"), ("en", "Bilingual services")),
        Paragraphs =
        {
            Text(("sq", "Çdo zyrë komunale përgjigjet në shqip dhe serbisht."), ("en", "Every municipal office answers in Albanian and Serbian.")),
            Text(("sq", "Formularët botohen në të dy gjuhët."), ("en", "Forms are published in both languages.")),
            Text(("sq", "Komuna raporton çdo vit."), ("en", "The municipality reports every year.")),
        },
    };

    private static AmendmentOperation Span(string paragraph, string language, int start, int length, string replacement) =>
        new() { ReplaceSpan = new ReplaceSpan { ParagraphId = paragraph, Language = language, Start = start, Length = length, Replacement = replacement } };

    private static AmendmentOperation Replace(string paragraph, params (string, string)[] texts) =>
        new() { ReplaceParagraph = new ReplaceParagraph { ParagraphId = paragraph, Text = Text(texts) } };

    private async Task<(Room Room, Proposal Proposal)> AmendableAsync()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan");
        var proposal = await room.SubmitAsync("arta", ThreeParagraphs(room.SessionId));
        await room.AdvanceAsync();
        return (room, proposal);
    }

    private static Task<AmendmentResponse> AmendAsync(Person by, Proposal proposal, int baseVersion, params AmendmentOperation[] operations) =>
        by.Api.Proposals.SubmitAmendmentAsync(new SubmitAmendmentRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, BaseVersion = baseVersion, Rationale = Text(("en", "Better")), Operations = { operations },
        }).ResponseAsync;

    [Fact]
    public async Task An_amendment_shows_its_change_word_by_word_and_a_friendly_one_is_merged_as_a_new_version()
    {
        var (room, proposal) = await AmendableAsync();

        var amended = await AmendAsync(room["milan"], proposal, 1, Span("p3", "en", 25, 10, "every six months"));
        var accepted = await room["arta"].Api.Proposals.AcceptAmendmentAsync(new AcceptAmendmentRequest { RequestId = NewId(), AmendmentId = amended.Amendment.AmendmentId });
        var current = (await room["milan"].Api.Proposals.GetProposalAsync(new GetProposalRequest { ProposalId = proposal.ProposalId })).Proposal;
        var first = (await room["milan"].Api.Proposals.GetProposalAsync(new GetProposalRequest { ProposalId = proposal.ProposalId, Version = 1 })).Proposal;

        var english = amended.Diffs.Single(d => d.Language == "en");
        Assert.Equal(["The municipality reports every ", "year", "six months", "."],
            english.Paragraphs.Single(p => p.ParagraphId == "p3").Words.Select(w => w.Text));
        Assert.Contains("~ p3: The municipality reports every [-year-]{+six months+}.", english.Unified);
        Assert.Equal("every year", amended.Amendment.Operations[0].ReplaceSpan.Original);
        Assert.Equal((AmendmentStatus.Merged, 2), (accepted.Amendment.Status, accepted.Amendment.MergedAtVersion));
        Assert.Equal("The municipality reports every six months.", current.Paragraphs[2].Text.Texts.Single(t => t.Language == "en").Text);
        Assert.Equal("The municipality reports every year.", first.Paragraphs[2].Text.Texts.Single(t => t.Language == "en").Text);
        Assert.Equal((1, 2), (first.Version, first.LatestVersion));
        var sq = current.Translations.Single(t => t.Language == "sq");
        Assert.Equal(TranslationState.Authoritative, sq.State);
        var sr = current.Translations.Single(t => t.Language == "sr-Latn");
        Assert.Equal(TranslationState.Missing, sr.State);
    }

    [Fact]
    public async Task Bad_operations_and_texts_answer_invalid_argument_naming_each_field_and_append_nothing()
    {
        var (room, proposal) = await AmendableAsync();
        var events = await engine.CountEventsAsync();

        var unknown = await Errors.CatchAsync(room["milan"].Api.Proposals.SubmitAmendmentAsync(new SubmitAmendmentRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, BaseVersion = 1, Rationale = Text(("en", "Why")),
            Operations =
            {
                Replace("p9", ("en", "No such paragraph.")),
                Span("p1", "en", 50, 20, "past the end"),
                Replace("p2", ("de", "Nicht in einer Arbeitssprache.")),
                new AmendmentOperation { InsertParagraph = new InsertParagraph { AfterParagraphId = "p7", Text = Text(("en", "After nothing.")) } },
            },
        }));
        var malformed = await Errors.CatchAsync(room["milan"].Api.Proposals.SubmitAmendmentAsync(new SubmitAmendmentRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, BaseVersion = 1, Rationale = Text(("en", "Why")),
            Operations =
            {
                Replace("p1", ("en", new string('a', 5_001))),
                Replace("p2", ("en", "Two\nlines")),
                new AmendmentOperation(),
            },
        }));
        var stale = await Errors.CatchAsync(room["milan"].Api.Proposals.SubmitAmendmentAsync(new SubmitAmendmentRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, BaseVersion = 7, Rationale = Text(("en", "Why")), Operations = { Replace("p1", ("en", "Text.")) },
        }));
        var revision = await Errors.CatchAsync(room["arta"].Api.Proposals.ReviseProposalAsync(new ReviseProposalRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId,
            Paragraphs = { new ParagraphInput { ParagraphId = "p1" }, new ParagraphInput { ParagraphId = "p1" }, new ParagraphInput { ParagraphId = "p5" }, new ParagraphInput { Text = Text(("fr", "Nouveau")) } },
        }));
        var translation = await Errors.CatchAsync(room["arta"].Api.Proposals.TranslateProposalAsync(new TranslateProposalRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, Language = "sq", Paragraphs = { ["p4"] = "Nuk ekziston." },
        }));

        Assert.Equal(["operations[0].replace_paragraph.paragraph_id", "operations[1].replace_span.length", "operations[2].replace_paragraph.text",
            "operations[3].insert_paragraph.after_paragraph_id"], unknown.ViolatedFields());
        Assert.Equal(["operations[0].replace_paragraph.text.texts[0].text", "operations[1].replace_paragraph.text.texts[0].text", "operations[2].operation"],
            malformed.ViolatedFields());
        Assert.Equal(["base_version"], stale.ViolatedFields());
        Assert.Equal(["paragraphs[1].paragraph_id", "paragraphs[2].paragraph_id", "paragraphs[3].text"], revision.ViolatedFields());
        Assert.Equal(["language", "paragraphs[p4]"], translation.ViolatedFields());
        Assert.Equal(events, await engine.CountEventsAsync());
    }

    [Fact]
    public async Task An_amendment_on_a_stale_version_is_carried_forward_or_marked_conflicting_and_its_author_rebases_it()
    {
        var (room, proposal) = await AmendableAsync();
        var onP3 = await AmendAsync(room["milan"], proposal, 1, Replace("p3", ("sq", "Komuna raporton çdo muaj.")));
        var onP1 = await AmendAsync(room["milan"], proposal, 1, Span("p1", "sq", 0, 3, "Secila"));
        await room["arta"].Api.Proposals.ReviseProposalAsync(new ReviseProposalRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId,
            Paragraphs = { new ParagraphInput { ParagraphId = "p1", Text = Text(("sq", "Çdo zyrë përgjigjet në shqip dhe serbisht.")) }, new ParagraphInput { ParagraphId = "p2" }, new ParagraphInput { ParagraphId = "p3" } },
        });
        var staleOnP2 = await AmendAsync(room["milan"], proposal, 1, Replace("p2", ("sq", "Formularët botohen kudo.")));
        var staleOnP1 = await AmendAsync(room["milan"], proposal, 1, Replace("p1", ("en", "Every office answers.")), Replace("p3", ("en", "Reports monthly.")));

        Amendment Read(AmendmentResponse response) =>
            room["arta"].Api.Proposals.GetAmendment(new GetAmendmentRequest { AmendmentId = response.Amendment.AmendmentId }).Amendment;
        Assert.Equal((2, 0), (Read(onP3).BaseVersion, Read(onP3).ConflictingParagraphIds.Count));
        Assert.Equal(["p1"], Read(onP1).ConflictingParagraphIds);
        Assert.Equal((2, 0), (Read(staleOnP2).BaseVersion, Read(staleOnP2).ConflictingParagraphIds.Count));
        Assert.Empty(Read(staleOnP1).ConflictingParagraphIds); // the revision changed p1 in Albanian only, and this touches English
        var refused = await Errors.CatchAsync(room["arta"].Api.Proposals.AcceptAmendmentAsync(new AcceptAmendmentRequest { RequestId = NewId(), AmendmentId = onP1.Amendment.AmendmentId }));
        Assert.Equal("AMENDMENT_CONFLICTING", refused.Reason());

        var rebased = await room["milan"].Api.Proposals.RebaseAmendmentAsync(new RebaseAmendmentRequest
        {
            RequestId = NewId(), AmendmentId = onP1.Amendment.AmendmentId, BaseVersion = 2, Operations = { Span("p1", "sq", 0, 3, "Secila") },
        });
        var merged = await room["arta"].Api.Proposals.AcceptAmendmentAsync(new AcceptAmendmentRequest { RequestId = NewId(), AmendmentId = onP1.Amendment.AmendmentId });
        Assert.Equal((2, 2, 0), (rebased.Amendment.Revision, rebased.Amendment.BaseVersion, rebased.Amendment.ConflictingParagraphIds.Count));
        Assert.Equal(AmendmentStatus.Merged, merged.Amendment.Status);
        var current = (await room["arta"].Api.Proposals.GetProposalAsync(new GetProposalRequest { ProposalId = proposal.ProposalId })).Proposal;
        Assert.Equal("Secila zyrë përgjigjet në shqip dhe serbisht.", current.Paragraphs[0].Text.Texts.Single(t => t.Language == "sq").Text);
        Assert.Equal(3, current.Version);
    }

    [Fact]
    public async Task Proposals_are_submitted_only_in_the_submission_phase_unless_a_moderator_overrides_with_a_reason()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        await room.OpenRoundAsync(Phase.Statements, Phase.Submission);

        var early = await Errors.CatchAsync(room["arta"].Api.Proposals.SubmitProposalAsync(SubmitProposal(room.SessionId)));
        var request = SubmitProposal(room.SessionId);
        request.PhaseOverrideReason = "Urgent";
        var notModerator = await Errors.CatchAsync(room["arta"].Api.Proposals.SubmitProposalAsync(request));
        var overridden = await room["moderator"].Api.Proposals.SubmitProposalAsync(request);
        await room.AdvanceAsync();
        var inPhase = await room["arta"].Api.Proposals.SubmitProposalAsync(SubmitProposal(room.SessionId));

        Assert.Equal("PHASE_NOT_OPEN", early.Reason());
        Assert.Equal((StatusCode.PermissionDenied, "ROLE_NOT_ALLOWED"), (notModerator.StatusCode, notModerator.Reason()));
        Assert.Equal(ProposalStatus.Admitted, overridden.Proposal.Status);
        Assert.Equal(inPhase.Proposal.AgendaItemId, overridden.Proposal.AgendaItemId);
    }

    [Fact]
    public async Task A_proposal_stays_a_draft_until_co_sponsors_from_two_communities_back_it()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "besa", "milan");
        var op = engine.Operator;
        await op.Sessions.DefineGroupDimensionAsync(new DefineGroupDimensionRequest
        {
            RequestId = NewId(), SessionId = room.SessionId, Dimension = Dimension("community", selfDeclared: true, "albanian", "serb"),
        });
        foreach (var (name, community) in new[] { ("besa", "albanian"), ("milan", "serb") })
            await room[name].Api.Participants.SetParticipantGroupAsync(new SetParticipantGroupRequest
            {
                RequestId = NewId(), SessionId = room.SessionId, ParticipantId = room[name].ParticipantId, Dimension = "community", Value = community,
            });
        await room["moderator"].Api.Proposals.SetAdmissionRuleAsync(new SetAdmissionRuleRequest
        {
            RequestId = NewId(), SessionId = room.SessionId, Rule = new AdmissionRule { Cosponsors = 2, Dimension = "community", DistinctValues = 2 },
        });
        var proposal = await room.SubmitAsync("arta");
        await room.AdvanceAsync();

        ProposalResponse Sponsor(string name) => room[name].Api.Proposals.JoinCosponsors(new JoinCosponsorsRequest { RequestId = NewId(), ProposalId = proposal.ProposalId });
        var draftAmendment = await Errors.CatchAsync(AmendAsyncCall(room["milan"], proposal));
        var afterBesa = Sponsor("besa");
        var twice = Assert.Throws<RpcException>(() => Sponsor("besa"));
        var afterMilan = Sponsor("milan");

        Assert.Equal(ProposalStatus.Draft, proposal.Status);
        Assert.Equal("PROPOSAL_NOT_ADMITTED", draftAmendment.Reason());
        Assert.Equal(ProposalStatus.Draft, afterBesa.Proposal.Status);
        Assert.Equal("ALREADY_COSPONSOR", twice.Reason());
        Assert.Equal(ProposalStatus.Admitted, afterMilan.Proposal.Status);
        Assert.Equal(["albanian", "serb"], afterMilan.Proposal.Cosponsors.Select(c => c.GroupValue));
    }

    private static AsyncUnaryCall<AmendmentResponse> AmendAsyncCall(Person by, Proposal proposal) =>
        by.Api.Proposals.SubmitAmendmentAsync(new SubmitAmendmentRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, BaseVersion = 1, Rationale = Text(("en", "Better")), Operations = { Replace("p1", ("en", "Text.")) },
        });

    [Fact]
    public async Task An_author_merges_two_proposals_and_both_histories_stay_readable()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        var kept = await room.SubmitAsync("arta");
        var merged = await room.SubmitAsync("arta", ThreeParagraphs(room.SessionId));

        var result = (await room["arta"].Api.Proposals.MergeProposalsAsync(new MergeProposalsRequest
        {
            RequestId = NewId(), ProposalId = kept.ProposalId, MergedProposalId = merged.ProposalId,
        })).Proposal;
        var ended = (await room["arta"].Api.Proposals.GetProposalAsync(new GetProposalRequest { ProposalId = merged.ProposalId })).Proposal;
        var again = await Errors.CatchAsync(room["arta"].Api.Proposals.WithdrawProposalAsync(new WithdrawProposalRequest { RequestId = NewId(), ProposalId = merged.ProposalId }));

        Assert.Equal(["p1", "p2", "p3", "p4"], result.Paragraphs.Select(p => p.ParagraphId));
        Assert.Equal("Forms are published in both languages.", result.Paragraphs[2].Text.Texts.Single(t => t.Language == "en").Text);
        Assert.Equal((2, VersionChange.ProposalMerged, merged.ProposalId), (result.Version, result.Versions[^1].Change, result.Versions[^1].SourceId));
        Assert.Equal((ProposalStatus.Merged, kept.ProposalId), (ended.Status, ended.MergedIntoProposalId));
        Assert.Equal(3, ended.Paragraphs.Count);
        Assert.Equal("PROPOSAL_NOT_ACTIVE", again.Reason());
    }

    [Fact]
    public async Task Versions_compare_paragraph_by_paragraph_and_word_by_word_in_every_language()
    {
        var (room, proposal) = await AmendableAsync();
        await room["arta"].Api.Proposals.ReviseProposalAsync(new ReviseProposalRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, ExpectedVersion = 1,
            Paragraphs =
            {
                new ParagraphInput { ParagraphId = "p3" },
                new ParagraphInput { ParagraphId = "p1", Text = Text(("en", "Every municipal office answers at once in Albanian and Serbian.")) },
                new ParagraphInput { Text = Text(("en", "Staff are trained.")) },
            },
        });

        var diff = (await room["arta"].Api.Proposals.CompareVersionsAsync(new CompareVersionsRequest { ProposalId = proposal.ProposalId, FromVersion = 1 })).Diffs;

        var english = diff.Single(d => d.Language == "en");
        Assert.Equal(["p3", "p1", "p2", "p4"], english.Paragraphs.Select(p => p.ParagraphId));
        Assert.Equal([ParagraphChange.Unchanged, ParagraphChange.Modified, ParagraphChange.Deleted, ParagraphChange.Inserted], english.Paragraphs.Select(p => p.Change));
        Assert.True(english.Paragraphs[0].Moved);
        Assert.Equal("  p3 (moved): The municipality reports every year.\n" +
                     "~ p1: Every municipal office answers {+at once +}in Albanian and Serbian.\n" +
                     "- p2: Forms are published in both languages.\n" +
                     "+ p4: Staff are trained.\n", string.Join("\n", english.Unified.Split('\n').Skip(2)));
        Assert.Equal(3, diff.Count);
    }

    [Fact]
    public async Task An_id_that_names_no_amendment_is_refused_like_any_unknown_id()
    {
        var (room, proposal) = await AmendableAsync();

        var asMember = await Errors.CatchAsync(room["milan"].Api.Proposals.GetAmendmentAsync(new GetAmendmentRequest { AmendmentId = proposal.ProposalId }));
        var asOperator = await Errors.CatchAsync(engine.Operator.Proposals.GetAmendmentAsync(new GetAmendmentRequest { AmendmentId = proposal.ProposalId }));

        Assert.Equal((StatusCode.PermissionDenied, "NOT_IN_SESSION"), (asMember.StatusCode, asMember.Reason()));
        Assert.Equal(StatusCode.NotFound, asOperator.StatusCode);
    }

    [Fact]
    public async Task An_observer_watching_the_session_sees_a_proposal_amended_and_the_amendment_merged()
    {
        var (room, proposal) = await AmendableAsync();
        var observer = await Room.JoinAsync(engine, room.SessionId, "olga", Role.Observer, voting: false);
        using var watcher = new Watcher(observer.Api, room.SessionId);

        var amended = await AmendAsync(room["milan"], proposal, 1, Replace("p2", ("en", "Forms and notices are published in both languages.")));
        await room["arta"].Api.Proposals.AcceptAmendmentAsync(new AcceptAmendmentRequest { RequestId = NewId(), AmendmentId = amended.Amendment.AmendmentId });
        var merged = await watcher.UntilAsync(e => e.AmendmentStatusChanged is { Status: AmendmentStatus.Merged });

        var submitted = watcher.Events.Single(e => e.EventCase == SessionEvent.EventOneofCase.ProposalSubmitted).ProposalSubmitted.Proposal;
        Assert.Equal((proposal.ProposalId, 3), (submitted.ProposalId, submitted.Paragraphs.Count));
        var amendment = watcher.Events.Single(e => e.EventCase == SessionEvent.EventOneofCase.AmendmentSubmitted).AmendmentSubmitted.Amendment;
        Assert.Equal((amended.Amendment.AmendmentId, "p2"), (amendment.AmendmentId, amendment.Operations[0].ReplaceParagraph.ParagraphId));
        Assert.Equal((amended.Amendment.AmendmentId, 2), (merged.AmendmentStatusChanged.AmendmentId, merged.AmendmentStatusChanged.MergedAtVersion));
    }

    [Fact]
    public async Task A_declined_amendment_goes_to_a_ballot_that_merges_it_when_adopted_and_meanwhile_its_text_stays_as_it_is()
    {
        var (room, proposal) = await AmendableAsync();
        var adoptedOne = await AmendAsync(room["milan"], proposal, 1, Replace("p3", ("sq", "Komuna raporton çdo muaj."), ("en", "The municipality reports every month.")));
        var rejectedOne = await AmendAsync(room["milan"], proposal, 1, Replace("p2", ("en", "Only forms are published.")));
        var competing = await AmendAsync(room["milan"], proposal, 1, Replace("p3", ("en", "The municipality reports every week.")));
        foreach (var amendment in new[] { adoptedOne, rejectedOne })
            await room["arta"].Api.Proposals.DeclineAmendmentAsync(new DeclineAmendmentRequest { RequestId = NewId(), AmendmentId = amendment.Amendment.AmendmentId, Reason = "Not mine" });
        await room.EnterVotingPhaseAsync();
        var events = await engine.CountEventsAsync();
        var pending = await Errors.CatchAsync(OpenBallotAsync(room, proposal, competing));
        Assert.Equal("AMENDMENT_NOT_DECLINED", pending.Reason());
        Assert.Equal(events, await engine.CountEventsAsync());

        var adoptedBallot = (await OpenBallotAsync(room, proposal, adoptedOne)).Ballot;
        var rejectedBallot = (await OpenBallotAsync(room, proposal, rejectedOne)).Ballot;
        var frozen = await Errors.CatchAsync(room["arta"].Api.Proposals.AcceptAmendmentAsync(new AcceptAmendmentRequest { RequestId = NewId(), AmendmentId = competing.Amendment.AmendmentId }));
        foreach (var (voter, choice) in new[] { ("arta", VoteChoice.Yes), ("milan", VoteChoice.Yes) })
        {
            await room[voter].Api.Ballots.CastVoteAsync(Vote(adoptedBallot.BallotId, choice));
            await room[voter].Api.Ballots.CastVoteAsync(Vote(rejectedBallot.BallotId, VoteChoice.No));
        }
        foreach (var ballot in new[] { adoptedBallot, rejectedBallot })
            await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId });

        var after = (await room["arta"].Api.Proposals.GetProposalAsync(new GetProposalRequest { ProposalId = proposal.ProposalId })).Proposal;
        Assert.Equal(adoptedOne.Amendment.AmendmentId, adoptedBallot.AmendmentId);
        Assert.Equal("AMENDMENT_UNDER_VOTE", frozen.Reason());
        Assert.Equal((2, VersionChange.AmendmentAdopted), (after.Version, after.Versions[^1].Change));
        Assert.Equal("The municipality reports every month.", after.Paragraphs[2].Text.Texts.Single(t => t.Language == "en").Text);
        Assert.Equal("Forms are published in both languages.", after.Paragraphs[1].Text.Texts.Single(t => t.Language == "en").Text);
        Assert.Equal([AmendmentStatus.Merged, AmendmentStatus.Rejected, AmendmentStatus.Pending], after.Amendments.Select(a => a.Status));
        Assert.Equal([adoptedBallot.BallotId, rejectedBallot.BallotId, ""], after.Amendments.Select(a => a.BallotId));
        Assert.Equal(["p3"], after.Amendments[2].ConflictingParagraphIds); // the adopted amendment changed p3 in English under it
    }

    private AsyncUnaryCall<OpenBallotResponse> OpenBallotAsync(Room room, Proposal proposal, AmendmentResponse amendment) =>
        room["moderator"].Api.Ballots.OpenBallotAsync(new OpenBallotRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, AmendmentId = amendment.Amendment.AmendmentId,
        });
}
