namespace Marac.Forms;

/// <summary>The kind of agency sending or receiving MARAC information.</summary>
public enum AgencyKind
{
    /// <summary>Not stated.</summary>
    NotStated,

    /// <summary>A police force.</summary>
    Police,

    /// <summary>Health: GP, hospital, midwifery, health visiting, mental health.</summary>
    Health,

    /// <summary>Children's social care.</summary>
    ChildrensServices,

    /// <summary>Adult social care.</summary>
    AdultServices,

    /// <summary>Housing provider or housing options.</summary>
    Housing,

    /// <summary>Probation service.</summary>
    Probation,

    /// <summary>Specialist domestic-abuse service (IDVA in England and Wales, IDAA in Scotland).</summary>
    SpecialistDomesticAbuseService,

    /// <summary>School or other education provider.</summary>
    Education,

    /// <summary>Drug and alcohol service.</summary>
    SubstanceMisuseService,

    /// <summary>Immigration enforcement. Immigration status may go here only with the MARAC's explicit agreement.</summary>
    ImmigrationEnforcement,

    /// <summary>Any other agency.</summary>
    Other,
}
