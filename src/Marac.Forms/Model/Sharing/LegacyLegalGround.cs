namespace Marac.Forms;

/// <summary>
/// The legal grounds as the 2012 form lists them (citing the Data Protection Act 1998, since replaced).
/// They are kept so the form reads as users know it; <see cref="LegacyLegalGroundMapping"/> gives the
/// current-law equivalent to record alongside.
/// </summary>
public enum LegacyLegalGround
{
    /// <summary>Prevention or detection of crime, or apprehension or prosecution of offenders.</summary>
    PreventionOrDetectionOfCrime,

    /// <summary>Protecting the vital interests of the data subject: serious harm or a matter of life or death.</summary>
    VitalInterests,

    /// <summary>Administration of justice, usually bringing perpetrators to justice.</summary>
    AdministrationOfJustice,

    /// <summary>Exercising functions given by or under an enactment (police, social services).</summary>
    StatutoryFunctions,

    /// <summary>In accordance with a court order.</summary>
    CourtOrder,

    /// <summary>Overriding public interest (common law).</summary>
    OverridingPublicInterest,

    /// <summary>Child protection: disclosure to social services or police under the Children Act where safeguarding the child outweighs confidentiality.</summary>
    ChildProtection,

    /// <summary>Right to life (Human Rights Act, Article 2).</summary>
    RightToLife,

    /// <summary>Right to be free from torture or inhuman or degrading treatment (Human Rights Act, Article 3).</summary>
    FreedomFromTorture,
}
