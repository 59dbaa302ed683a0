import { type Deps, defineModule } from '../../app/module.js';
import { byIdLoader } from '../../graphql/loaders/by-id.loader.js';
import { FileEntity } from './file.entity.js';
import { FileReasons } from './file.errors.js';
import { filesByAttachmentLoader } from './file.loaders.js';
import { registerFileRoutes } from './file.routes.js';
import { FileService } from './file.service.js';

/** Uploaded files (photos, PDFs): stored by content type, attached to records of other modules. */
export const fileModule = defineModule({
  name: 'file',
  entities: [FileEntity],
  errors: FileReasons,
  resolvers: [],
  loaders: (ds) => ({
    file: byIdLoader(ds, FileEntity),
    filesByAttachment: filesByAttachmentLoader(ds),
  }),
  routes: registerFileRoutes,
  jobs: [
    // Uploads never attached to anything are removed after a day, once per hour across processes.
    { name: 'file.purge-unattached', hourly: true, run: ({ files }) => files.purgeUnattached() },
  ],
  services: ({ dataSource, config }: Deps) => ({
    files: new FileService(dataSource, { uploadDir: config.uploadDir, maxBytes: config.fileMaxBytes }),
  }),
});
