/**
 * Russian terms of art of Kazakhstan's law and administration, which a plain word would rename
 * (`LanguagePack.terms`): «лица, участвующие в деле» include organisations, not only «люди»; a code's name is
 * its title.
 */
export const RUSSIAN_TERMS: readonly string[] = [
  // Civil procedure: the parties and third parties of a case, persons or organisations.
  'лиц* участвующ* в деле',
  // The Code of Administrative Offences and its offences.
  'административн* правонарушени*',
  // Regulated utilities and the committee that regulates them.
  'естественн* монопол*',
  'регулировани* естественн* монопол*',
  'лини* электропередач*',
  // Procurement: the security a supplier gives for performing the contract.
  'обеспечени* исполнени* контракт*|договор*',
  // A procurement method's statutory name.
  'открыт* конкурс* в электронн* форм*',
];
