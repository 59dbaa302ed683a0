import { registerEnumType } from 'type-graphql';
import { enums } from '../app/modules.js';

/** Every enum the modules' manifests declare, registered once with a description for each value. */
for (const { enum: values, name, description, valuesConfig } of enums) {
  registerEnumType(values, { name, description, valuesConfig });
}
