namespace Marac.Forms;

/// <summary>Why information is being shared without the victim's consent (seed 002 §4.2).</summary>
public enum ConsentPosition
{
    /// <summary>The victim was asked and refused. Refusal can itself be a sign of the abuser's control or of fear (seed 002 §4.2.3).</summary>
    Refused,

    /// <summary>Consent was not sought, for the reasons recorded in <see cref="SharingWithoutConsentRecord.ReasonsConsentNotSought"/> (seed 002 §4.2.4).</summary>
    NotSought,

    /// <summary>Consent could not be sought in time (for example there was no safe way to reach the victim).</summary>
    CouldNotBeSought,

    /// <summary>The victim is physically or legally incapable of giving consent (for example unconscious, or lacking the mental capacity to decide).</summary>
    UnableToConsent,
}
