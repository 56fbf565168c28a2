namespace Deliberation.Domain.Access;

/// <summary>A person's role in one session. Voting rights are separate: moderators and participants may have them.</summary>
public enum Role
{
    Moderator,
    Participant,
    Observer,
}
