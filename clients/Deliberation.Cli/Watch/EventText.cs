using System.Text.RegularExpressions;
using Deliberation.Api.V1;

namespace Deliberation.Cli.Watch;

/// <summary>One line of plain words per event, for the watch view and for a log when output is not a terminal.</summary>
internal static partial class EventText
{
    public static string Describe(SessionEvent message, WatchState state) => message.EventCase switch
    {
        SessionEvent.EventOneofCase.CaughtUp => "caught up; live from here",
        SessionEvent.EventOneofCase.SessionCreated => $"session created: {Of(message.SessionCreated.Session.Title)}",
        SessionEvent.EventOneofCase.SessionStatusChanged => $"session {Name(message.SessionStatusChanged.To.ToString())}"
            + (message.SessionStatusChanged.PublishedStatements.Count > 0 ? $", {message.SessionStatusChanged.PublishedStatements.Count} unattributed statements published" : ""),
        SessionEvent.EventOneofCase.GroupDimensionDefined => $"groups defined: {message.GroupDimensionDefined.Dimension.Key}",
        SessionEvent.EventOneofCase.AgendaItemAdded => $"agenda item added: {Of(message.AgendaItemAdded.Title)}",
        SessionEvent.EventOneofCase.AgendaItemMoved => $"agenda item moved to place {message.AgendaItemMoved.Position + 1}",
        SessionEvent.EventOneofCase.RoundOpened => $"round opened on {state.CurrentItem}",
        SessionEvent.EventOneofCase.PhaseAdvanced => $"phase: {Name(message.PhaseAdvanced.Phase.ToString())}" + (message.PhaseAdvanced.BySchedule ? " (its time was up)" : ""),
        SessionEvent.EventOneofCase.RoundPaused => "round paused",
        SessionEvent.EventOneofCase.RoundResumed => "round resumed",
        SessionEvent.EventOneofCase.RoundClosed => "round closed",
        SessionEvent.EventOneofCase.InvitationCreated => $"invitation created ({Name(message.InvitationCreated.Role.ToString())})",
        // The participant is not known yet: ParticipantJoined, which names them, comes next.
        SessionEvent.EventOneofCase.InvitationRedeemed => "an invitation was used",
        SessionEvent.EventOneofCase.InvitationRevoked => "invitation revoked",
        SessionEvent.EventOneofCase.ParticipantJoined => $"{message.ParticipantJoined.Participant.Name} joined as {Name(message.ParticipantJoined.Participant.Role.ToString())}",
        SessionEvent.EventOneofCase.ParticipantGroupSet => $"{state.NameOf(message.ParticipantGroupSet.ParticipantId)}: {message.ParticipantGroupSet.Dimension} = {message.ParticipantGroupSet.Value}",
        SessionEvent.EventOneofCase.FloorRulesSet => $"floor rules: {Name(message.FloorRulesSet.Rules.Balance.ToString())}",
        SessionEvent.EventOneofCase.StatementAttributionSet => $"statements from now: {Name(message.StatementAttributionSet.Attribution.ToString())}",
        SessionEvent.EventOneofCase.FloorRequested => $"{state.NameOf(message.FloorRequested.Request.ParticipantId)} asks for the floor ({Name(message.FloorRequested.Request.Kind.ToString())})",
        SessionEvent.EventOneofCase.FloorRequestWithdrawn => "a request for the floor was withdrawn",
        SessionEvent.EventOneofCase.FloorRequestSkipped => "a request for the floor was skipped",
        SessionEvent.EventOneofCase.FloorRequestRemoved => "a request for the floor was removed",
        SessionEvent.EventOneofCase.FloorRequestMoved => "a request for the floor was moved",
        SessionEvent.EventOneofCase.TurnStarted => $"{state.NameOf(message.TurnStarted.Turn.SpeakerId)} has the floor: {message.TurnStarted.Turn.ChosenBecause}",
        SessionEvent.EventOneofCase.TurnPaused => "turn paused",
        SessionEvent.EventOneofCase.TurnResumed => "turn resumed",
        SessionEvent.EventOneofCase.TurnEnded => $"turn ended after {message.TurnEnded.SpokenSeconds:0}s",
        SessionEvent.EventOneofCase.StatementRecorded => $"statement: \"{Of(message.StatementRecorded.Statement.Text)}\"",
        SessionEvent.EventOneofCase.AdmissionRuleSet => $"proposals now need {message.AdmissionRuleSet.Rule.Cosponsors} co-sponsor(s)"
            + (message.AdmissionRuleSet.Rule.Dimension.Length > 0 ? $" from {message.AdmissionRuleSet.Rule.DistinctValues} {message.AdmissionRuleSet.Rule.Dimension} values" : ""),
        SessionEvent.EventOneofCase.ProposalSubmitted => $"{state.NameOf(message.ProposalSubmitted.Proposal.AuthorId)} submitted \"{Of(message.ProposalSubmitted.Proposal.Title)}\"",
        SessionEvent.EventOneofCase.ProposalAdmitted => "a proposal was admitted",
        SessionEvent.EventOneofCase.ProposalRevised => $"a proposal was revised (version {message.ProposalRevised.Version})",
        SessionEvent.EventOneofCase.ProposalTranslated => $"a proposal was translated into {message.ProposalTranslated.Language} (version {message.ProposalTranslated.Version})",
        SessionEvent.EventOneofCase.ProposalWithdrawn => "a proposal was withdrawn",
        SessionEvent.EventOneofCase.ProposalAdopted => "a proposal was adopted by a ballot",
        SessionEvent.EventOneofCase.CosponsorJoined => $"{state.NameOf(message.CosponsorJoined.Cosponsor.ParticipantId)} co-sponsors a proposal",
        SessionEvent.EventOneofCase.CosponsorLeft => $"{state.NameOf(message.CosponsorLeft.ParticipantId)} no longer co-sponsors a proposal",
        SessionEvent.EventOneofCase.ProposalsMerged => $"two proposals were merged (version {message.ProposalsMerged.Version})",
        SessionEvent.EventOneofCase.ProposalMergedInto => "a proposal was merged into another",
        SessionEvent.EventOneofCase.AmendmentSubmitted => $"{state.NameOf(message.AmendmentSubmitted.Amendment.AmenderId)} submitted amendment {message.AmendmentSubmitted.Amendment.Number}"
            + (message.AmendmentSubmitted.Amendment.ParentAmendmentId.Length > 0 ? " (a sub-amendment)" : ""),
        SessionEvent.EventOneofCase.AmendmentRebased => "an amendment was rebased",
        SessionEvent.EventOneofCase.AmendmentCarriedForward => $"an amendment carries forward to version {message.AmendmentCarriedForward.ToVersion}",
        SessionEvent.EventOneofCase.AmendmentConflicted => $"an amendment now conflicts on {string.Join(", ", message.AmendmentConflicted.ParagraphIds)}",
        SessionEvent.EventOneofCase.AmendmentStatusChanged => $"an amendment is {Name(message.AmendmentStatusChanged.Status.ToString())}"
            + (message.AmendmentStatusChanged.MergedAtVersion > 0 ? $" (version {message.AmendmentStatusChanged.MergedAtVersion})" : ""),
        SessionEvent.EventOneofCase.BallotOpened => $"ballot opened ({Name(message.BallotOpened.Ballot.Secrecy.ToString())}, {message.BallotOpened.Ballot.ElectorCount} voters)",
        SessionEvent.EventOneofCase.ProxyGranted => $"{state.NameOf(message.ProxyGranted.Grant.GrantorId)} handed their vote to {state.NameOf(message.ProxyGranted.Grant.HolderId)}"
            + (message.ProxyGranted.Grant.BallotId.Length > 0 ? " for a ballot" : " for the session"),
        SessionEvent.EventOneofCase.ProxyRevoked => $"{state.NameOf(message.ProxyRevoked.GrantorId)} took their vote back",
        SessionEvent.EventOneofCase.BallotBatchRecorded => Counted(message.BallotBatchRecorded.Batch),
        SessionEvent.EventOneofCase.BallotClosed => $"ballot closed: {WatchBallots.Outcome(message.BallotClosed)}",
        SessionEvent.EventOneofCase.VoteCast => $"{state.NameOf(message.VoteCast.VoterId)} voted{Choice(message.VoteCast.Choice, message.VoteCast.Marks, message.VoteCast.Position)} ({state.Ballots.Participation(message.VoteCast.BallotId)})",
        SessionEvent.EventOneofCase.VoteChanged => $"{state.NameOf(message.VoteChanged.VoterId)} voted again{Choice(message.VoteChanged.Choice, message.VoteChanged.Marks, message.VoteChanged.Position)} ({state.Ballots.Participation(message.VoteChanged.BallotId)})",
        SessionEvent.EventOneofCase.VoteWithdrawn => $"{state.NameOf(message.VoteWithdrawn.VoterId)} withdrew their vote ({state.Ballots.Participation(message.VoteWithdrawn.BallotId)})",
        _ => $"{Name(message.EventCase.ToString())} (this delib is older than the engine)",
    };

    /// <summary>A vote's choice or marks where the feed sends them (public ballots), else nothing.</summary>
    /// <summary>" yes", " a > b" (marks), " stand aside" (a position), or nothing where the feed sends none.</summary>
    private static string Choice(VoteChoice choice, BallotMarks? marks, TallyConsentChoice position) =>
        marks is not null ? $" {Output.BallotOptionsView.Marks(marks)}"
        : position != TallyConsentChoice.Unspecified ? $" {Name(position.ToString())}"
        : choice == VoteChoice.Unspecified ? "" : $" {Name(choice.ToString())}";

    /// <summary>A text in its first language.</summary>
    public static string Of(LocalizedText text) => text.Texts.Count > 0 ? text.Texts[0].Text : "";

    /// <summary>An enum's name in plain words: InProgress → in progress.</summary>
    public static string Name(string value) => Words().Replace(value, " $1").ToLowerInvariant();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Words();

    private static string Counted(BallotBatch batch) =>
        $"{batch.Votes} votes counted in the room by {(batch.Kind == BatchKind.Paper ? "paper" : "show of hands")}" + CountsOf(batch);

    /// <summary>
    /// A batch's counts where they are shown: ": 3 yes, 1 no, 0 abstain", on consent ": 2 consent, 0 stand aside, 1 block",
    /// on options ": park bikes × 12, blank × 1".
    /// </summary>
    public static string CountsOf(BallotBatch batch) =>
        (batch.Yes + batch.No + batch.Abstain > 0 ? $": {batch.Yes} yes, {batch.No} no, {batch.Abstain} abstain" : "")
        + (batch.Consent + batch.StandAside + batch.Block > 0 ? $": {batch.Consent} consent, {batch.StandAside} stand aside, {batch.Block} block" : "")
        + (batch.Papers.Count > 0 ? ": " + string.Join(", ", batch.Papers.Select(p => $"{Output.BallotOptionsView.Marks(p.Marks ?? new BallotMarks())} × {p.Count}")) : "");
}
